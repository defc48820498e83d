import { expect } from 'vitest';
import { API_FORMATS, type ApiFormat } from '../../src/schemas/provider.ts';
import {
	bodyLines,
	bodyText,
	buildRequest,
	type ProviderEntry,
	type RequestSpec,
} from '../../src/lib/snippets/request-spec.ts';
import { AWKWARD_PROMPT, loadProviders } from './builder-data.ts';

export { AWKWARD_PROMPT, loadProviders };
import type { RecordedRequest } from './recording-server.ts';
import { TEST_KEY } from './run-snippet.ts';

/** One request per provider × region × format in the data, alternating stream on and off. */
export function everyCombination(
	prompt = AWKWARD_PROMPT,
): Array<{ name: string; spec: RequestSpec; provider: ProviderEntry }> {
	const combinations: Array<{ name: string; spec: RequestSpec; provider: ProviderEntry }> = [];
	for (const provider of loadProviders()) {
		for (const region of provider.regions) {
			for (const format of API_FORMATS as readonly ApiFormat[]) {
				if (!region[format]) continue;
				const stream = combinations.length % 2 === 1;
				const spec = buildRequest(provider, {
					region: region.id,
					format,
					model: provider.models[0]!.id,
					prompt,
					stream,
				});
				combinations.push({
					name: `${provider.id} ${region.id} ${format}${stream ? ' stream' : ''}`,
					spec,
					provider,
				});
			}
		}
	}
	return combinations;
}

/**
 * Asserts the server received exactly the spec's request: method, URL, the key in the right header,
 * every other header, and the body (byte for byte when the snippet writes it, on one line or laid
 * out over several, JSON-equal when an SDK serialises it).
 */
export function expectRequest(
	recorded: RecordedRequest | undefined,
	spec: RequestSpec,
	body: 'exact' | 'lines' | 'json',
) {
	expect(recorded, 'the server received no request').toBeDefined();
	const { method, url, headers } = recorded!;
	expect(method).toBe('POST');
	expect(url).toBe(spec.url);
	const authHeader = spec.auth.header.toLowerCase();
	expect(headers[authHeader]).toBe(`${spec.auth.prefix}${TEST_KEY}`);
	const other = spec.auth.scheme === 'bearer' ? 'x-api-key' : 'authorization';
	expect(headers[other], `no key in ${other} as well`).toBeUndefined();
	for (const [name, value] of spec.headers) {
		// An SDK sends the API version it was built for; raw requests send the documented one.
		if (body === 'json' && name === 'anthropic-version')
			expect(headers[name]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		else expect(headers[name.toLowerCase()]).toBe(value);
	}
	if (body === 'exact') expect(recorded!.body.toString('utf8')).toBe(bodyText(spec));
	else if (body === 'lines') expect(recorded!.body.toString('utf8')).toBe(bodyLines(spec));
	else expect(JSON.parse(recorded!.body.toString('utf8'))).toEqual(spec.body);
}
