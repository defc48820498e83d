import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { LIMITS, performanceGates } from '../../scripts/lighthouse-gates.ts';

const URL_ = 'http://127.0.0.1:4391/';

/** A Lighthouse result holding only the audits the gates read. */
function result(changes: Partial<Record<string, unknown>> = {}): Result {
	const audits: Record<string, unknown> = {
		'total-byte-weight': { numericValue: 20_000 },
		'network-requests': {
			details: {
				type: 'table',
				items: [{ url: URL_ }, { url: `${URL_}_astro/a.css` }, { url: `${URL_}_astro/b.js` }],
			},
		},
		'render-blocking-insight': {
			details: { type: 'table', items: [{ url: `${URL_}_astro/a.css` }] },
		},
		'cumulative-layout-shift': { numericValue: 0 },
		'lcp-breakdown-insight': {
			details: {
				type: 'list',
				items: [
					{ type: 'table', items: [] },
					{ type: 'node', snippet: '<p class="short-answer">' },
				],
			},
		},
		...changes,
	};
	return { audits } as unknown as Result;
}

const failed = (lhr: Result) =>
	performanceGates(lhr, URL_)
		.filter((gate) => !gate.ok)
		.map((gate) => gate.name);

describe('Lighthouse performance gates', () => {
	it('pass a small, first-party page that paints text and does not shift', () => {
		expect(failed(result())).toEqual([]);
	});

	it.each([
		['bytes transferred', { 'total-byte-weight': { numericValue: LIMITS.transferBytes + 1 } }],
		[
			'third-party requests',
			{
				'network-requests': {
					details: { type: 'table', items: [{ url: URL_ }, { url: 'https://cdn.example/x.js' }] },
				},
			},
		],
		[
			'render-blocking requests',
			{
				'render-blocking-insight': { details: { type: 'table', items: [{ url: `${URL_}x.js` }] } },
			},
		],
		['layout shift', { 'cumulative-layout-shift': { numericValue: 0.02 } }],
		[
			'largest paint',
			{
				'lcp-breakdown-insight': {
					details: { type: 'list', items: [{ type: 'node', snippet: '<img src="hero.png">' }] },
				},
			},
		],
	])('fail on %s', (gate, changes) => {
		expect(failed(result(changes))).toEqual([gate]);
	});

	it('fail on too many requests', () => {
		const items = Array.from({ length: LIMITS.requests + 1 }, (_, index) => ({
			url: `${URL_}_astro/${index}.js`,
		}));
		expect(failed(result({ 'network-requests': { details: { type: 'table', items } } }))).toEqual([
			'requests',
		]);
	});
});
