import type { Cause } from '../../schemas/causes.ts';
import type { RetryAdvice } from '../../schemas/error-signature.ts';
import { parseErrorText, type ParsedError } from './parse.ts';
import { classSignals } from './signals.ts';

/** An error signature as the decoder needs it (built from content/errors at build time). */
export interface DecoderSignature {
	providers: string[];
	status: number | null;
	code?: string | undefined;
	/** The documented and observed messages, each cut to the head that matching needs. */
	messages: string[];
	cause: Cause;
	retry: RetryAdvice;
	/** The fix in one line; the full fix is on the provider page's row. */
	action: string;
	/** Question page path and title. */
	page: { path: string; title: string };
	/** Provider page path with the error's anchor. */
	anchor: string;
}

/** What the decoder knows of each provider: its name and the hosts of its endpoints and docs. */
export interface DecoderProvider {
	id: string;
	name: string;
	/** Names a text may mention it by (short name and the parts of its full name). */
	names: string[];
	/** API hosts of its endpoints. */
	hosts: string[];
	/** Hosts of its website, docs and console that no other provider shares. */
	docsHosts: string[];
}

/** A question page as the decoder links it. */
export interface DecoderPage {
	path: string;
	title: string;
}

/**
 * Where a class of error is explained: the cross-provider page of each class signal
 * (`signals.ts`), and per cause the pages about one or two providers, so a class answer for a
 * known provider can link that provider's own page.
 */
export interface DecoderClassPages {
	/** Question page id → page. */
	pages: Record<string, DecoderPage>;
	/** Cause → [page id, its providers] for pages whose main cause it is and that name ≤ 2 providers. */
	byCause: Partial<Record<Cause, Array<[page: string, providers: string[]]>>>;
}

/** Everything the decoder loads. */
export interface DecoderData {
	signatures: DecoderSignature[];
	providers: DecoderProvider[];
	classes: DecoderClassPages;
	/** Each provider code (lower case) with the providers whose signatures use it. */
	codeOwners: Record<string, string[]>;
}

/** How a signature was matched. */
export type MatchTier = 'code' | 'message';

/** One matched signature, how, and what in the text showed it. */
export interface DecodeMatch {
	signature: DecoderSignature;
	tier: MatchTier;
	evidence: string[];
	/** How strongly it matched: code and message matches add up; only the order is meaningful. */
	score: number;
}

/** The class of an error, when no signature matched: its cause, its page and what showed it. */
export interface DecodeClass {
	cause: Cause;
	page?: DecoderPage | undefined;
	evidence: string[];
}

/** How a provider was recognised. */
export type ProviderReason =
	'chosen' | 'host' | 'docs' | 'key' | 'name' | 'shape' | 'code' | 'match';

/**
 * The decoder's answer: what it read, which provider it thinks it is, and either signatures
 * (matched by code or message, never by status alone), a class, or nothing (an honest unknown).
 */
export interface DecodeResult {
	parsed: ParsedError;
	provider?: { id: string; name: string; reason: ProviderReason; evidence: string } | undefined;
	matches: DecodeMatch[];
	class?: DecodeClass | undefined;
}

/** Body shapes that only one provider uses. */
const SHAPE_PROVIDERS: Partial<Record<ParsedError['shape'], string>> = {
	zhipu: 'zhipu',
	bracketed: 'zhipu',
	dashscope: 'qwen',
	gemini: 'gemini',
	siliconflow: 'siliconflow',
	openrouter: 'openrouter',
	minimax: 'minimax',
};

/** A provider's name standing alone, not as part of an SDK module path (`openai.`, `/openai/`). */
function mentions(text: string, name: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\w./-])${escaped}(?![\\w./-])`, 'i').test(text);
}

const fold = (text: string) =>
	text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s.。!！]+$/, '')
		.trim();

/** A documented message as a pattern: `${field}`-style placeholders match any text. */
function messagePattern(message: string): RegExp {
	const parts = fold(message).split(/\$\{[^}]*\}/);
	return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
}

const hostMatches = (host: string, known: string) => host === known || host.endsWith(`.${known}`);

/** Whether `host` stands in the text as part of a URL (`//host`, `host/path`). */
function inLink(text: string, host: string): boolean {
	const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`//(?:www\\.)?${escaped}|${escaped}/`, 'i').test(text);
}

/**
 * The provider a text comes from, and what showed it: the reader's choice, an API host, a docs
 * link, a key prefix (a hint), a name the text mentions, a body shape only one provider uses, or
 * a code only one provider's signatures carry.
 */
export function inferProvider(
	parsed: ParsedError,
	text: string,
	data: DecoderData,
	chosen: string | undefined,
): DecodeResult['provider'] {
	const named = (id: string | undefined, reason: ProviderReason, evidence: string) => {
		const provider = data.providers.find((candidate) => candidate.id === id);
		return provider ? { id: provider.id, name: provider.name, reason, evidence } : undefined;
	};
	if (chosen) return named(chosen, 'chosen', chosen);
	// An API host is the strongest sign; a docs link in the message (DashScope's international
	// endpoint answers with OpenAI's wording and an alibabacloud.com link) comes next.
	for (const [reason, field] of [
		['host', 'hosts'],
		['docs', 'docsHosts'],
	] as const) {
		for (const host of parsed.hosts) {
			// A docs host counts in a link only: "Z.ai" or "x.ai" alone is a brand name.
			if (reason === 'docs' && !inLink(text, host)) continue;
			const owner = data.providers.find((provider) =>
				provider[field].some((known) => hostMatches(host, known)),
			);
			if (owner) return named(owner.id, reason, host);
		}
	}
	if (parsed.keyHints.length === 1) return named(parsed.keyHints[0], 'key', parsed.keyHints[0]!);
	const byName = data.providers.filter((provider) =>
		provider.names.some((name) => mentions(text, name)),
	);
	if (byName.length === 1) return named(byName[0]!.id, 'name', byName[0]!.name);
	const byShape = SHAPE_PROVIDERS[parsed.shape];
	if (byShape) return named(byShape, 'shape', parsed.shape);
	const owners = parsed.code ? data.codeOwners[parsed.code.toLowerCase()] : undefined;
	if (owners?.length === 1) return named(owners[0], 'code', parsed.code!);
	return undefined;
}

/** Reasons strong enough that a signature of another provider is never the answer. */
const FIRM: readonly ProviderReason[] = ['chosen', 'host', 'docs'];

/**
 * Decodes pasted text. A signature is the answer only when its code or its message is in the
 * text (a status alone fits too many errors); failing that, the text's class (a transport
 * failure, a request path, shared wording) with its page; failing that, nothing, which the page
 * shows as an honest "unknown". A broken request path outranks a signature.
 */
export function decodeError(
	input: string,
	data: DecoderData,
	chosenProvider?: string,
): DecodeResult {
	const parsed = parseErrorText(input);
	let provider = inferProvider(parsed, input, data, chosenProvider);
	let ranked = rank(parsed, input, data, provider?.id);
	// A guess from a key prefix, a name, a body shape or a code that leaves nothing matching was
	// a wrong guess (tools print "openai" in their own logs for every provider): match without it.
	if (provider && !FIRM.includes(provider.reason) && ranked.length === 0) {
		ranked = rank(parsed, input, data, undefined);
		if (ranked.length > 0) provider = undefined;
	}
	const signals = classSignals(input);
	// A path the provider cannot serve explains a 404 better than any body's words. A transport
	// failure does not override: a matched code or message means the provider did answer.
	const overriding = signals.find(
		(signal) =>
			signal.strength === 'path' && !ranked.some((m) => m.signature.cause === signal.cause),
	);
	const matches = overriding ? [] : ranked.slice(0, 5);
	// With no provider known, the best matches name it only when they agree: those that match as
	// well as the first all belong to one provider, or to several of which the text mentions one.
	// A message several providers send alike (OpenAI's context-length wording, which DeepSeek and
	// others copy) names none of them.
	if (!provider && matches.length > 0) {
		const best = matches.filter((match) => match.score === matches[0]!.score);
		const owners = data.providers.filter((candidate) =>
			best.some((match) => match.signature.providers.includes(candidate.id)),
		);
		const mentioned = owners.filter((candidate) =>
			[candidate.id, ...candidate.names].some((name) =>
				input.toLowerCase().includes(name.toLowerCase()),
			),
		);
		// One signature that sibling platforms share (Zhipu and Z.ai) names the first it lists.
		const single =
			best.length === 1
				? owners.find((owner) => owner.id === best[0]!.signature.providers[0])
				: undefined;
		const owner = mentioned.length === 1 ? mentioned[0] : owners.length === 1 ? owners[0] : single;
		if (owner) provider = { id: owner.id, name: owner.name, reason: 'match', evidence: owner.id };
	}
	const signal = matches.length === 0 ? (overriding ?? signals[0]) : undefined;
	return {
		parsed,
		provider,
		matches,
		class: signal && {
			cause: signal.cause,
			page: classPage(signal.cause, signal.page, provider?.id, data.classes),
			evidence: [signal.evidence],
		},
	};
}

/**
 * The page for a class answer: the known provider's own page for that cause when there is one
 * (it says more than the cross-provider page), else the rule's cross-provider page.
 */
function classPage(
	cause: Cause,
	page: string | undefined,
	providerId: string | undefined,
	classes: DecoderClassPages,
): DecoderPage | undefined {
	const own = providerId
		? classes.byCause[cause]?.find(([, providers]) => providers.includes(providerId))?.[0]
		: undefined;
	const id =
		page && (!own || classes.byCause[cause]?.some(([p]) => p === page)) ? page : (own ?? page);
	return id ? classes.pages[id] : undefined;
}

/** The start of a message before its first sentence ends or its details begin. */
function messageHead(message: string): string {
	return fold(message)
		.split(/[(.。:]|\s[-–]\s/)[0]!
		.trim();
}

/** Every signature whose code or message is in the text, best first, with what showed it. */
function rank(
	parsed: ParsedError,
	input: string,
	data: DecoderData,
	providerId: string | undefined,
): DecodeMatch[] {
	const fits = (signature: DecoderSignature) =>
		!providerId || signature.providers.includes(providerId);
	const message = parsed.message ? fold(parsed.message) : '';
	const whole = fold(input);
	// An HTTP status read as a code ("Error code: 400") is not a provider code.
	const code =
		parsed.code && parsed.code !== String(parsed.status) ? parsed.code.toLowerCase() : undefined;
	// A code many signatures share (DeepSeek puts invalid_request_error on every error) says
	// little on its own; a specific one (1113, insufficient_quota) says almost everything.
	const sharing = code
		? data.signatures.filter((signature) => signature.code?.toLowerCase() === code).length
		: 0;
	const rated = data.signatures.flatMap((signature) => {
		if (!fits(signature)) return [];
		const codeMatch = code !== undefined && signature.code?.toLowerCase() === code;
		const full = signature.messages.filter((text) => {
			const pattern = messagePattern(text);
			return (message !== '' && pattern.test(message)) || pattern.test(whole);
		});
		const head =
			full.length === 0
				? signature.messages.find((text) => {
						// A head as common as "invalid request" says nothing: three words at least.
						const start = messageHead(text);
						return start.split(' ').length >= 3 && start.length >= 15 && whole.includes(start);
					})
				: undefined;
		const messageScore =
			full.length > 0
				? 3 + Math.min(Math.max(...full.map((text) => text.length)) / 100, 1)
				: head
					? 2.5
					: 0;
		const specificCode = codeMatch && sharing <= 2;
		if (!specificCode && messageScore === 0) return [];
		const statusMatch = parsed.status !== undefined && signature.status === parsed.status;
		const codeScore = codeMatch ? (sharing > 2 ? 1 : 4) : 0;
		const score = codeScore + messageScore + (statusMatch ? 0.5 : 0);
		const shown = full[0] ?? head;
		const evidence = [
			...(codeMatch ? [`code ${signature.code}`] : []),
			...(shown ? [`message “${shown}”`] : []),
			...(statusMatch ? [`status ${parsed.status}`] : []),
		];
		const tier: MatchTier = codeScore > messageScore ? 'code' : 'message';
		return [{ signature, tier, evidence, score }];
	});
	return rated.sort((a, b) => b.score - a.score);
}
