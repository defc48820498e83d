// The parts of Lighthouse's performance audit that do not move with the machine's load, as gates:
// bytes, requests, render-blocking resources, layout shift and the element that paints largest.
// A faster or slower machine, or one busy with other work, gives the same figures for the same
// build; the timed metrics (and so the score) it would not.
import type { Result } from 'lighthouse';

/** Limits for one page load, for every template; the figures are printed with each run. */
export const LIMITS = {
	/** Bytes transferred while the page loads (Lighthouse's total-byte-weight). */
	transferBytes: 40 * 1024,
	/** Requests while the page loads: the document, the stylesheet, the favicon and each island's
	 * small module (eight on the home page). */
	requests: 10,
	/** Render-blocking requests: the one stylesheet. */
	renderBlocking: 1,
	/** Cumulative layout shift. */
	layoutShift: 0,
};

/** One gate's verdict, with the figure it judged. */
export interface Gate {
	name: string;
	ok: boolean;
	detail: string;
}

type Audit = Result['audits'][string];
type Item = Record<string, unknown>;

/** The rows of an audit's table (or, for a list, of its tables), empty when it has none. */
function items(audit: Audit | undefined): Item[] {
	const details = audit?.details as { type?: string; items?: unknown[] } | undefined;
	if (!details?.items) return [];
	if (details.type === 'list')
		return details.items.flatMap((entry) =>
			(entry as { type?: string }).type === 'node'
				? [entry as Item]
				: (((entry as { items?: unknown[] }).items ?? []) as Item[]),
		);
	return details.items as Item[];
}

/** Gates for one Lighthouse result of `url`; every gate is reported, passed or not. */
export function performanceGates(lhr: Result, url: string): Gate[] {
	const origin = new URL(url).origin;
	const audits = lhr.audits;
	const bytes = audits['total-byte-weight']?.numericValue;
	const requests = items(audits['network-requests']).map((item) => String(item['url']));
	const foreign = requests.filter(
		(request) => !request.startsWith('data:') && new URL(request).origin !== origin,
	);
	const blocking = items(audits['render-blocking-insight']).map((item) => String(item['url']));
	const shift = audits['cumulative-layout-shift']?.numericValue;
	const lcp = items(audits['lcp-breakdown-insight']).find((item) => item['type'] === 'node');
	const lcpSnippet = String(lcp?.['snippet'] ?? '');
	const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
	return [
		{
			name: 'bytes transferred',
			ok: bytes !== undefined && bytes <= LIMITS.transferBytes,
			detail: `${bytes === undefined ? 'not measured' : kb(bytes)} (at most ${kb(LIMITS.transferBytes)})`,
		},
		{
			name: 'requests',
			ok: requests.length > 0 && requests.length <= LIMITS.requests,
			detail: `${requests.length} (at most ${LIMITS.requests})`,
		},
		{
			name: 'third-party requests',
			ok: foreign.length === 0,
			detail: foreign.length === 0 ? 'none' : foreign.join(', '),
		},
		{
			name: 'render-blocking requests',
			ok:
				blocking.length <= LIMITS.renderBlocking &&
				blocking.every((request) => /\.css(\?|$)/.test(request)),
			detail: `${blocking.length === 0 ? 'none' : blocking.join(', ')} (at most ${LIMITS.renderBlocking} stylesheet)`,
		},
		{
			name: 'layout shift',
			ok: shift !== undefined && shift <= LIMITS.layoutShift,
			detail: `${shift ?? 'not measured'} (at most ${LIMITS.layoutShift})`,
		},
		{
			// Text paints as soon as the HTML and CSS are in; an image or video would wait for its own
			// download, which no other gate limits.
			name: 'largest paint',
			ok: lcp !== undefined && !/^<(img|video|svg|canvas|picture)\b/i.test(lcpSnippet),
			detail: lcp ? `${lcpSnippet.slice(0, 80)} (text, not an image)` : 'no element found',
		},
	];
}
