// `npm run probe`: for each provider, region and API format in the content, sends the builder's
// minimal request with a fixed, obviously fake key (never a reader's: this script reads no key
// variable) and compares the answer with that provider's authentication error signatures. It
// reports drift: a message no signature has, a known message under another status, a host that
// no longer answers. Each new message is printed ready to add as `kind: observed`. `--content DIR`
// probes another content folder (its base URLs may be http://127.0.0.1:PORT/…); `--report FILE`
// writes the JSON. Exits 1 on drift.
import { entryId } from '../src/lib/content/check-content.ts';
import { parseErrorText } from '../src/lib/decode/parse.ts';
import { foldMessage } from '../src/lib/search/fold-message.ts';
import { bodyText, buildRequest, type ProviderEntry } from '../src/lib/snippets/request-spec.ts';
import { errorSignatureSchema, type ErrorSignatureData } from '../src/schemas/error-signature.ts';
import { providerSchema, type ApiFormat } from '../src/schemas/provider.ts';
import {
	USER_AGENT,
	failureOf,
	fetchWithRetries,
	loadContentFolder,
	mapLimited,
	runCommand,
} from './freshness.ts';

/** The key every probe sends: plainly fake, so no provider can mistake it for a real one. */
export const PROBE_KEY = 'sk-triage-probe-0000-not-a-real-key';

/** Causes whose signatures a request with a fake key may meet. */
const AUTH_CAUSES = new Set(['auth', 'permission', 'region']);

export type Drift = 'new-message' | 'status-changed' | 'no-answer';

export interface ProbeResult {
	provider: string;
	region: string;
	format: ApiFormat;
	url: string;
	status?: number;
	/** The answer's body, cut at 2,000 characters. */
	body?: string;
	code?: string;
	message?: string;
	/** The signature the answer matched, by file id. */
	matched?: string;
	drift?: Drift;
	detail?: string;
	/** For a new message: the entry to add to an error signature's `messages`. */
	observed?: { text: string; lang: 'en' | 'zh'; kind: 'observed'; source: string; checked: string };
}

export interface ProbeReport {
	checked: string;
	results: ProbeResult[];
	drift: number;
}

export interface ProbeOptions {
	content: string;
	fetch?: typeof fetch;
	timeoutMs?: number;
	concurrency?: number;
}

interface Signature extends ErrorSignatureData {
	id: string;
}

/** The signature of `provider` whose code or one of whose messages the answer carries. */
function matchSignature(
	signatures: readonly Signature[],
	code: string | undefined,
	message: string | undefined,
	body: string,
): Signature | undefined {
	const folded = foldMessage(body);
	return (
		signatures.find((signature) =>
			signature.messages.some(
				(candidate) =>
					(message && foldMessage(candidate.text) === foldMessage(message)) ||
					folded.includes(foldMessage(candidate.text)),
			),
		) ?? signatures.find((signature) => code !== undefined && signature.code === code)
	);
}

/** Sends one probe per provider, region and format, and compares each answer. */
export async function probe(options: ProbeOptions): Promise<ProbeReport> {
	const fetcher = options.fetch ?? fetch;
	const set = loadContentFolder(options.content);
	const today = new Date().toISOString().slice(0, 10);
	const providers: ProviderEntry[] = set.providers.map((file) => ({
		id: entryId(file.path),
		...providerSchema.parse(file.data),
	}));
	const signatures: Signature[] = set.errors.map((file) => ({
		id: entryId(file.path),
		...errorSignatureSchema.parse(file.data),
	}));
	const targets = providers.flatMap((provider) =>
		provider.regions.flatMap((region) =>
			(['openai', 'anthropic'] as const)
				.filter((format) => region[format])
				.map((format) => ({ provider, region: region.id, format })),
		),
	);
	const results = await mapLimited(targets, options.concurrency ?? 4, async (target) => {
		const { provider, region, format } = target;
		const spec = buildRequest(provider, {
			region,
			format,
			model: provider.models[0]!.id,
		});
		const result: ProbeResult = { provider: provider.id, region, format, url: spec.url };
		let response: Response;
		try {
			response = await fetchWithRetries(
				fetcher,
				spec.url,
				{
					method: 'POST',
					headers: {
						...Object.fromEntries(spec.headers),
						[spec.auth.header]: `${spec.auth.prefix}${PROBE_KEY}`,
						'user-agent': USER_AGENT,
					},
					body: bodyText(spec),
					timeoutMs: options.timeoutMs ?? 20_000,
				},
				{ retries: 1, backoffMs: 1000 },
			);
		} catch (error) {
			return { ...result, drift: 'no-answer', detail: failureOf(error) } satisfies ProbeResult;
		}
		const body = (await response.text()).slice(0, 2000);
		const parsed = parseErrorText(body);
		Object.assign(result, {
			status: response.status,
			body,
			...(parsed.code ? { code: parsed.code } : {}),
			...(parsed.message ? { message: parsed.message } : {}),
		});
		const own = signatures.filter(
			(signature) => signature.providers.includes(provider.id) && AUTH_CAUSES.has(signature.cause),
		);
		const matched = matchSignature(own, parsed.code, parsed.message, body);
		if (!matched) {
			const text = parsed.message ?? body.trim();
			return {
				...result,
				drift: 'new-message',
				detail: `no ${provider.id} authentication signature has this answer`,
				observed: {
					text,
					lang: /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en',
					kind: 'observed',
					source: `probe-${today}`,
					checked: today,
				},
			} satisfies ProbeResult;
		}
		result.matched = matched.id;
		if (matched.status !== null && matched.status !== response.status)
			return {
				...result,
				drift: 'status-changed',
				detail: `${matched.id} says HTTP ${matched.status}, the host answered ${response.status}`,
			} satisfies ProbeResult;
		return result;
	});
	return {
		checked: new Date().toISOString(),
		results,
		drift: results.filter((r) => r.drift).length,
	};
}

/** The report as lines for people: one per probe, drift marked, then the total. */
export function formatProbeReport(report: ProbeReport): string {
	const lines = report.results.map((result) => {
		const where = `${result.provider} ${result.region} ${result.format}`;
		if (!result.drift) return `ok        ${where}  ${result.status} matches ${result.matched}`;
		const observed = result.observed
			? `\n          add as: { text: ${JSON.stringify(result.observed.text)}, lang: ${result.observed.lang}, kind: observed, source: ${result.observed.source} }`
			: '';
		return `DRIFT     ${where}  ${result.drift}: ${result.detail ?? ''} (${result.url})${observed}`;
	});
	lines.push(`${report.results.length} probes, ${report.drift} drifted`);
	return lines.join('\n');
}

await runCommand(import.meta.url, probe, formatProbeReport, (report) => report.drift > 0);
