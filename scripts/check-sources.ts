// `npm run check:sources`: requests every source URL in the content once (a few at a time, with a
// timeout, retries and an honest User-Agent) and reports dead sources, redirects with their final
// URL, and documented messages that their page no longer shows. Prints a table; `--report FILE`
// writes the JSON; `--content DIR` checks another content folder. Exits 1 on a dead source or a
// lost quote; a redirect alone is reported, not failed.
import { collectSources, pageShows, type SourceUse } from '../src/lib/freshness/sources.ts';
import {
	USER_AGENT,
	failureOf,
	fetchWithRetries,
	loadContentFolder,
	mapLimited,
	runCommand,
	type Retry,
} from './freshness.ts';

export interface SourceResult {
	url: string;
	/** The last HTTP status, after redirects; absent when no response came. */
	status?: number;
	/** Where the redirects ended, when there were any. */
	finalUrl?: string;
	redirects: string[];
	/** DNS, TLS, refused, timeout or an HTTP status of 400 and up. */
	dead?: string;
	/** Each documented message with whether the page still shows it. */
	quotes: Array<{ file: string; text: string; found: boolean }>;
	citedBy: SourceUse['citedBy'];
}

export interface SourceReport {
	checked: string;
	sources: SourceResult[];
	dead: number;
	redirected: number;
	lostQuotes: number;
}

export interface CheckOptions {
	content: string;
	fetch?: typeof fetch;
	concurrency?: number;
	timeoutMs?: number;
	retry?: Retry;
}

const MAX_REDIRECTS = 5;

/** Checks every source of the content folder; the report says what it found. */
export async function checkSources(options: CheckOptions): Promise<SourceReport> {
	const fetcher = options.fetch ?? fetch;
	const retry = options.retry ?? { retries: 2, backoffMs: 500 };
	const timeoutMs = options.timeoutMs ?? 15_000;
	const uses = collectSources(loadContentFolder(options.content));
	const sources = await mapLimited(uses, options.concurrency ?? 6, async (use) => {
		const result: SourceResult = { url: use.url, redirects: [], quotes: [], citedBy: use.citedBy };
		let url = use.url;
		try {
			for (let hop = 0; ; hop += 1) {
				const response = await fetchWithRetries(
					fetcher,
					url,
					{ redirect: 'manual', headers: { 'user-agent': USER_AGENT }, timeoutMs },
					retry,
				);
				const location = response.headers.get('location');
				if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
					await response.body?.cancel();
					url = new URL(location, url).href;
					result.redirects.push(url);
					continue;
				}
				result.status = response.status;
				if (result.redirects.length > 0) result.finalUrl = url;
				if (response.status >= 400) {
					result.dead = `HTTP ${response.status}`;
					await response.body?.cancel();
				} else {
					const page = await response.text();
					result.quotes = use.quotes.map((quote) => ({
						...quote,
						found: pageShows(page, quote.text),
					}));
				}
				break;
			}
		} catch (error) {
			result.dead = failureOf(error);
		}
		return result;
	});
	return {
		checked: new Date().toISOString(),
		sources,
		dead: sources.filter((source) => source.dead).length,
		redirected: sources.filter((source) => source.finalUrl).length,
		lostQuotes: sources.flatMap((source) => source.quotes).filter((quote) => !quote.found).length,
	};
}

/** The report as lines for people: problems first, then the totals. */
export function formatSourceReport(report: SourceReport): string {
	const lines: string[] = [];
	for (const source of report.sources) {
		const cited = source.citedBy.map((use) => `${use.file} (${use.key})`).join(', ');
		if (source.dead) lines.push(`DEAD      ${source.url}  ${source.dead}  cited by ${cited}`);
		else if (source.finalUrl)
			lines.push(`REDIRECT  ${source.url} → ${source.finalUrl}  cited by ${cited}`);
		for (const quote of source.quotes.filter((q) => !q.found))
			lines.push(`LOST      ${source.url}  no longer shows “${quote.text}” (${quote.file})`);
	}
	lines.push(
		`${report.sources.length} sources: ${report.dead} dead, ${report.redirected} redirected, ${report.lostQuotes} quotes lost`,
	);
	return lines.join('\n');
}

await runCommand(
	import.meta.url,
	checkSources,
	formatSourceReport,
	(report) => report.dead > 0 || report.lostQuotes > 0,
);
