// What the two freshness scripts share: their command-line options, loading a content folder,
// and a fetch with a timeout and retries that never sends a reader's key (it sends none at all).
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentSet } from '../src/lib/content/check-content.ts';
import { loadContentSet } from '../src/lib/content/load-content-node.ts';

/** Says who is asking, so a provider's logs show an honest caller. */
export const USER_AGENT =
	'llm-api-triage-freshness/1.0 (checks documentation links and error texts; +https://llm-api-triage.example/)';

export interface CliOptions {
	/** The content folder (default `content/`). */
	content: string;
	/** Where to write the JSON report, if anywhere. */
	report: string | undefined;
}

/**
 * A freshness script run from the command line (`main` is its module's `import.meta.url`): runs
 * it on `--content DIR`, prints its table, writes `--report FILE`, exits 1 when it `failed`.
 */
export async function runCommand<Report>(
	main: string,
	run: (options: { content: string }) => Promise<Report>,
	format: (report: Report) => string,
	failed: (report: Report) => boolean,
): Promise<void> {
	if (main !== pathToFileURL(process.argv[1] ?? '').href) return;
	const options = cliOptions(process.argv);
	const report = await run({ content: options.content });
	console.log(format(report));
	writeReport(options.report, report);
	if (failed(report)) process.exitCode = 1;
}

/** `--content DIR` and `--report FILE` from the command line. */
export function cliOptions(argv: readonly string[]): CliOptions {
	const value = (flag: string) => {
		const index = argv.indexOf(flag);
		return index >= 0 ? argv[index + 1] : undefined;
	};
	return { content: value('--content') ?? 'content', report: value('--report') };
}

/** The content set in `folder` (a path to a folder laid out like `content/`). */
export function loadContentFolder(folder: string): ContentSet {
	const absolute = resolve(folder);
	const { set, problems } = loadContentSet(dirname(absolute), basename(absolute));
	if (problems.length > 0)
		throw new Error(`cannot read ${folder}: ${problems.map((p) => p.message).join('; ')}`);
	return set;
}

/** Writes a report as JSON when a path was given. */
export function writeReport(path: string | undefined, report: unknown): void {
	if (path) writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** How a request ended when no response came: DNS, refused, TLS, timeout or other. */
export function failureOf(error: unknown): string {
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	const name = (error as { name?: string }).name;
	if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
	const code = cause?.code ?? '';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `dns (${code})`;
	if (code === 'ECONNREFUSED') return 'connection refused';
	if (/CERT|SSL|TLS/.test(code)) return `tls (${code})`;
	return code || cause?.message || (error as Error).message || String(error);
}

/** Retries: a network failure, 429 or 5xx is tried again after 0.5 s, 1 s, 2 s… */
export interface Retry {
	retries: number;
	backoffMs: number;
}

/** `fetch` once, or again on a failure worth retrying; the last answer or failure wins. */
export async function fetchWithRetries(
	fetcher: typeof fetch,
	url: string,
	init: RequestInit & { timeoutMs: number },
	retry: Retry,
): Promise<Response> {
	for (let attempt = 0; ; attempt += 1) {
		try {
			const response = await fetcher(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs) });
			if ((response.status === 429 || response.status >= 500) && attempt < retry.retries) {
				await response.body?.cancel();
			} else return response;
		} catch (error) {
			if (attempt >= retry.retries) throw error;
		}
		await new Promise((done) => setTimeout(done, retry.backoffMs * 2 ** attempt));
	}
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order in the results. */
export async function mapLimited<T, R>(
	items: readonly T[],
	limit: number,
	work: (item: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
