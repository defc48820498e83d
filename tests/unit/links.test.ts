import { describe, expect, it } from 'vitest';
import { externalRel, relProblem, sponsoredUrls } from '../../src/lib/links.ts';

const REFERRAL = 'https://cloud.example.com/i/abc';

describe('external link rel', () => {
	it('is noopener, plus sponsored for a sponsored link', () => {
		expect(externalRel()).toBe('noopener');
		expect(externalRel({ sponsored: true })).toBe('noopener sponsored');
	});

	it('finds the sponsored links in provider data', () => {
		const providers = [
			{ website: { value: 'https://example.com/', source: 's' } },
			{ keyConsole: { value: REFERRAL, source: 's', sponsored: true } },
		];
		expect([...sponsoredUrls(providers)]).toEqual([REFERRAL]);
	});

	it('flags a missing noopener, a missing sponsored and a sponsored the data does not mark', () => {
		const sponsored = new Set([REFERRAL]);
		expect(relProblem('https://example.com/', 'noopener', sponsored)).toBeUndefined();
		expect(relProblem(REFERRAL, 'noopener sponsored', sponsored)).toBeUndefined();
		expect(relProblem('https://example.com/', undefined, sponsored)).toMatch(/noopener/);
		expect(relProblem(REFERRAL, 'noopener', sponsored)).toMatch(/without rel="sponsored"/);
		expect(relProblem('https://example.com/', 'noopener sponsored', sponsored)).toMatch(
			/does not mark/,
		);
	});
});
