import type { Cause } from '../../schemas/causes.ts';
import type { RetryAdvice } from '../../schemas/error-signature.ts';
import { parseErrorText, type ParsedError } from './parse.ts';

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

/** What the decoder knows of each provider: its name and the hosts of its endpoints. */
export interface DecoderProvider {
	id: string;
	name: string;
	/** Names a text may mention it by (short name and the parts of its full name). */
	names: string[];
	hosts: string[];
}

/** Everything the decoder loads. */
export interface DecoderData {
	signatures: DecoderSignature[];
	providers: DecoderProvider[];
}

/** How a signature was matched, strongest first. */
export type MatchTier = 'code' | 'message' | 'status-provider' | 'status';

/** One matched signature and why it matched. */
export interface DecodeMatch {
	signature: DecoderSignature;
	tier: MatchTier;
}

/** The decoder's answer: what it read, which provider it thinks it is, and the ranked matches. */
export interface DecodeResult {
	parsed: ParsedError;
	provider?:
		| {
				id: string;
				name: string;
				reason: 'chosen' | 'host' | 'key' | 'name' | 'shape' | 'code' | 'match';
		  }
		| undefined;
	matches: DecodeMatch[];
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

function inferProvider(
	parsed: ParsedError,
	text: string,
	data: DecoderData,
	chosen: string | undefined,
): DecodeResult['provider'] {
	const named = (
		id: string | undefined,
		reason: NonNullable<DecodeResult['provider']>['reason'],
	) => {
		const provider = data.providers.find((candidate) => candidate.id === id);
		return provider ? { id: provider.id, name: provider.name, reason } : undefined;
	};
	if (chosen) return named(chosen, 'chosen');
	for (const host of parsed.hosts) {
		const byHost = data.providers.find((provider) =>
			provider.hosts.some((known) => host === known || host.endsWith(`.${known}`)),
		);
		if (byHost) return named(byHost.id, 'host');
	}
	if (parsed.keyHints.length === 1) return named(parsed.keyHints[0], 'key');
	const byName = data.providers.filter((provider) =>
		provider.names.some((name) => mentions(text, name)),
	);
	if (byName.length === 1) return named(byName[0]!.id, 'name');
	const byShape = SHAPE_PROVIDERS[parsed.shape];
	if (byShape) return named(byShape, 'shape');
	if (parsed.code) {
		const owners = new Set(
			data.signatures
				.filter((s) => s.code?.toLowerCase() === parsed.code!.toLowerCase())
				.flatMap((s) => s.providers),
		);
		if (owners.size === 1) return named([...owners][0], 'code');
	}
	return undefined;
}

/**
 * Decodes pasted text against the signatures: exact provider code first, then exact message,
 * then status with the provider, then status alone. An empty `matches` is an honest "unknown".
 */
export function decodeError(
	input: string,
	data: DecoderData,
	chosenProvider?: string,
): DecodeResult {
	const parsed = parseErrorText(input);
	const inferred = inferProvider(parsed, input, data, chosenProvider);
	let ranked = rank(parsed, input, data, inferred?.id);
	let provider = inferred;
	// A guess from a name, a body shape or a code that leaves nothing matching was a wrong guess
	// (tools print "openai" in their own logs for every provider): match without it instead.
	if (
		provider &&
		provider.reason !== 'chosen' &&
		provider.reason !== 'host' &&
		!ranked.some((m) => m.score >= 1)
	) {
		ranked = rank(parsed, input, data, undefined);
		provider = undefined;
	}
	// Once something matched by code or message, weaker status-only guesses are noise.
	const strong = ranked.filter((match) => match.score >= 1);
	const kept = (strong.length > 0 ? strong : ranked).map(({ signature, tier }): DecodeMatch => ({
		signature,
		tier,
	}));
	// With no provider known, a strong best match names it; among its providers, the one the
	// text mentions, or else the first.
	const top = kept[0]?.signature;
	if (!provider && top && strong.length > 0) {
		const owners = top.providers.flatMap((id) =>
			data.providers.filter((candidate) => candidate.id === id),
		);
		const owner =
			owners.find((candidate) =>
				[candidate.id, ...candidate.names].some((name) =>
					input.toLowerCase().includes(name.toLowerCase()),
				),
			) ?? owners[0];
		if (owner) provider = { id: owner.id, name: owner.name, reason: 'match' };
	}
	return { parsed, provider, matches: kept.slice(0, 5) };
}

/** The start of a message before its first sentence ends or its details begin. */
function messageHead(message: string): string {
	return fold(message)
		.split(/[(.。:]|\s[-–]\s/)[0]!
		.trim();
}

/** Every signature that fits the text, scored: specific code 4, message 3–4, its head 2.5, status 0.5. */
function rank(
	parsed: ParsedError,
	input: string,
	data: DecoderData,
	providerId: string | undefined,
) {
	const fits = (signature: DecoderSignature) =>
		!providerId || signature.providers.includes(providerId);
	const message = parsed.message ? fold(parsed.message) : '';
	const whole = fold(input);
	const code = parsed.code?.toLowerCase();
	// A code many signatures share (DeepSeek puts invalid_request_error on every error) says
	// little; a specific one (1113, insufficient_quota) says almost everything.
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
			full.length === 0 &&
			signature.messages.some((text) => {
				const start = messageHead(text);
				return start.length >= 15 && whole.includes(start);
			});
		const statusMatch = parsed.status !== undefined && signature.status === parsed.status;
		if (!codeMatch && full.length === 0 && !head && !statusMatch) return [];
		const messageScore =
			full.length > 0
				? 3 + Math.min(Math.max(...full.map((text) => text.length)) / 100, 1)
				: head
					? 2.5
					: 0;
		const codeScore = codeMatch ? (sharing > 2 ? 1 : 4) : 0;
		const score = codeScore + messageScore + (statusMatch ? 0.5 : 0);
		const tier: MatchTier =
			codeScore > messageScore
				? 'code'
				: messageScore > 0
					? 'message'
					: codeMatch
						? 'code'
						: providerId
							? 'status-provider'
							: 'status';
		return [{ signature, tier, score }];
	});
	return rated.sort((a, b) => b.score - a.score);
}
