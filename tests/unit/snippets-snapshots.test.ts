import { describe, expect, it } from 'vitest';
import { buildRequest, type RequestChoices } from '../../src/lib/snippets/request-spec.ts';
import { TARGETS } from '../../src/lib/snippets/targets.ts';
import { AWKWARD_PROMPT } from '../helpers/builder-fixtures.ts';
import { FIXTURE_PROVIDER } from '../fixtures/builder-provider.ts';

// Each set is one request written for every target, stored as real files (tests/snapshots/
// snippets/<set>/<target>.<ext>) so a reviewer reads a change as a diff in the target language.
const SETS: Record<string, { choices: RequestChoices; key?: string }> = {
	'openai-awkward-prompt': {
		choices: { region: 'cn', format: 'openai', model: 'fixture-small', prompt: AWKWARD_PROMPT },
	},
	'anthropic-x-api-key-stream': {
		choices: {
			region: 'intl',
			format: 'anthropic',
			model: 'fixture-large',
			stream: true,
			prompt: 'Say ok.',
		},
	},
	'anthropic-bearer': {
		choices: { region: 'cn', format: 'anthropic', model: 'fixture-small', prompt: 'Say ok.' },
	},
	'openai-typed-key-relay': {
		choices: {
			region: 'intl',
			format: 'openai',
			model: 'fixture-small',
			customModel: 'vendor/custom-model:free',
			baseUrl: 'https://relay.example.com/proxy/v1/',
		},
		key: 'sk-typed-key-0123',
	},
};

describe.each(Object.entries(SETS))('%s', (set, { choices, key }) => {
	const spec = buildRequest(FIXTURE_PROVIDER, choices);
	it.each(TARGETS.map((target) => [target.id, target] as const))('%s', async (_id, target) => {
		await expect(target.generate(spec, key)).toMatchFileSnapshot(
			`../snapshots/snippets/${set}/${target.id}.${target.extension}`,
		);
	});
});
