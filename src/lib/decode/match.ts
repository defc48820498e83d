import type { Cause } from '../../schemas/causes.ts';
import type { RetryAdvice } from '../../schemas/error-signature.ts';
import { parseErrorText, type ParsedError } from './parse.ts';

/** An error signature as the decoder needs it (built from content/errors at build time). */
export interface DecoderSignature {
	id: string;
	providers: string[];
	title: string;
	status: number | null;
	code?: string | undefined;
	messages: string[];
	cause: Cause;
	retry: RetryAdvice;
	fix: string;
	/** Question page path and title. */
	page: { path: string; title: string };
	/** Provider page path with the error's anchor. */
	anchor: string;
}

/** What the decoder knows of each provider: its name and the hosts of its endpoints. */
export interface DecoderProvider {
	id: string;
	name: string;
	hosts: string[];
}

/** Everything the decoder loads. */
export interface DecoderData {
	signatures: DecoderSignature[];
	providers: DecoderProvider[];
}

/** How a signature was matched, strongest first. */
export type MatchTier = 'code' | 'message' | 'status-provider' | 'status';
const TIER_ORDER: readonly MatchTier[] = ['code', 'message', 'status-provider', 'status'];

/** One matched signature and why it matched. */
export interface DecodeMatch {
	signature: DecoderSignature;
	tier: MatchTier;
}

/** The decoder's answer: what it read, which provider it thinks it is, and the ranked matches. */
export interface DecodeResult {
	parsed: ParsedError;
	provider?:
		{ id: string; name: string; reason: 'chosen' | 'host' | 'key' | 'shape' | 'code' } | undefined;
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
};

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
	const provider = inferProvider(parsed, data, chosenProvider);
	const fits = (signature: DecoderSignature) =>
		!provider || signature.providers.includes(provider.id);
	const message = parsed.message ? fold(parsed.message) : '';
	const whole = fold(input);
	// Within a tier, the longer matching message is the more specific signature.
	const rate = (signature: DecoderSignature): { tier: MatchTier; weight: number } | null => {
		if (!fits(signature)) return null;
		if (parsed.code && signature.code?.toLowerCase() === parsed.code.toLowerCase())
			return { tier: 'code', weight: 0 };
		const matched = signature.messages.filter((text) => {
			const pattern = messagePattern(text);
			return (message !== '' && pattern.test(message)) || pattern.test(whole);
		});
		if (matched.length > 0)
			return { tier: 'message', weight: Math.max(...matched.map((text) => text.length)) };
		if (parsed.status !== undefined && signature.status === parsed.status) {
			return { tier: provider ? 'status-provider' : 'status', weight: 0 };
		}
		return null;
	};
	const matches = data.signatures
		.flatMap((signature) => {
			const rating = rate(signature);
			return rating ? [{ signature, ...rating }] : [];
		})
		.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.weight - a.weight)
		.map(({ signature, tier }): DecodeMatch => ({ signature, tier }));
	// Once something matched by code or message, weaker status-only guesses are noise.
	const best = matches[0]?.tier;
	const kept =
		best === 'code' || best === 'message'
			? matches.filter((m) => m.tier === 'code' || m.tier === 'message')
			: matches;
	return { parsed, provider, matches: kept.slice(0, 5) };
}
