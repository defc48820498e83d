import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/lib/decode/match.ts';
import { realDecoderData } from '../helpers/decoder-data.ts';

const folder = new URL('../fixtures/decode/', import.meta.url);

/** What a fixture must decode to: a signature's cause and page, a class only, or nothing. */
type Expected =
	| { match?: 'signature'; provider?: string | null; code?: string; cause: string; page: string }
	| { match: 'class'; provider?: string | null; cause: string; page?: string }
	| { match: 'unknown' };

interface Fixture {
	source: string;
	input: string;
	expected: Expected;
}

const fixtures = readdirSync(folder)
	.filter((name) => name.endsWith('.json'))
	.map((name) => ({
		name,
		...(JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Fixture),
	}));
const data = realDecoderData();

describe('decoder fixtures (real error texts, source in each file)', () => {
	it('has at least 200 fixtures, 30 of them class-only or unknown, each citing its source', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(200);
		const general = fixtures.filter(
			({ expected }) => expected.match === 'class' || expected.match === 'unknown',
		);
		expect(general.length).toBeGreaterThanOrEqual(30);
		for (const fixture of fixtures) expect(fixture.source, fixture.name).toMatch(/^https?:\/\//);
	});

	it.each(fixtures)('$name', ({ input, expected }) => {
		const result = decodeError(input, data);
		if (expected.match === 'unknown') {
			expect(
				result.matches.map((m) => m.signature.page.path),
				'no signature',
			).toEqual([]);
			expect(result.class, 'no class').toBeUndefined();
			return;
		}
		if (expected.match === 'class') {
			expect(
				result.matches.map((m) => m.signature.page.path),
				'no signature',
			).toEqual([]);
			expect(result.class?.cause).toBe(expected.cause);
			if (expected.page) expect(result.class?.page?.path).toBe(`/${expected.page}/`);
		} else {
			const top = result.matches[0]?.signature;
			expect(top, 'a signature').toBeDefined();
			expect(top!.cause).toBe(expected.cause);
			expect(top!.page.path).toBe(`/${expected.page}/`);
			if (expected.code)
				expect(result.parsed.code?.toLowerCase()).toBe(expected.code.toLowerCase());
		}
		// null: the text fits several providers alike, and the decoder must not pick one.
		if (expected.provider !== undefined)
			expect(result.provider?.id).toBe(expected.provider ?? undefined);
	});
});
