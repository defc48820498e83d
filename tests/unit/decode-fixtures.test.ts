import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryId } from '../../src/lib/content/check-content.ts';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { buildDecoderData } from '../../src/lib/decode/data.ts';
import { decodeError } from '../../src/lib/decode/match.ts';
import { errorSignatureSchema } from '../../src/schemas/error-signature.ts';
import { providerSchema } from '../../src/schemas/provider.ts';
import { questionSchema } from '../../src/schemas/question.ts';

const root = new URL('../..', import.meta.url).pathname;
const folder = new URL('../fixtures/decode/', import.meta.url);

/** The decoder's data from the real content, as the build makes it. */
function realData() {
	const { set } = loadContentSet(root);
	const parse = <T>(files: typeof set.errors, schema: { parse: (data: unknown) => T }) =>
		files.map((file) => ({ id: entryId(file.path), data: schema.parse(file.data) }));
	return buildDecoderData({
		errors: parse(set.errors, errorSignatureSchema),
		questions: parse(set.questions, questionSchema),
		providers: parse(set.providers, providerSchema).map(({ id, data }) => ({ id, ...data })),
	});
}

interface Fixture {
	source: string;
	input: string;
	expected: { provider?: string; code?: string; cause?: string; page?: string; match?: false };
}

const fixtures = readdirSync(folder)
	.filter((name) => name.endsWith('.json'))
	.map((name) => ({
		name,
		...(JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Fixture),
	}));
const data = realData();

describe('decoder fixtures (real error texts, source in each file)', () => {
	it('has at least 40 fixtures, each citing its source', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(40);
		for (const fixture of fixtures) expect(fixture.source, fixture.name).toMatch(/^https?:\/\//);
	});

	it.each(fixtures)('$name', ({ input, expected }) => {
		const result = decodeError(input, data);
		if (expected.match === false) {
			expect(result.matches).toEqual([]);
			return;
		}
		const top = result.matches[0]?.signature;
		expect(top, 'a match').toBeDefined();
		expect(top!.cause).toBe(expected.cause);
		expect(top!.page.path).toBe(`/${expected.page}/`);
		if (expected.provider) expect(result.provider?.id).toBe(expected.provider);
		if (expected.code) expect(result.parsed.code?.toLowerCase()).toBe(expected.code.toLowerCase());
	});
});
