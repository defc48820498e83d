import type { ApiFormat, AuthScheme, ProviderData } from '../../schemas/provider.ts';

/** What the reader picked; the provider's data supplies the rest. */
export interface RequestChoices {
	/** Region id within the provider. */
	region: string;
	/** Request shape. */
	format: ApiFormat;
	/** Model id sent in the body. */
	model: string;
	/** Ask for a server-sent event stream. */
	stream?: boolean;
	/** The user message. */
	prompt?: string;
}

/** A provider's data with its id. */
export type ProviderEntry = ProviderData & { id: string };

/** One HTTP request, fully determined, before it is written for any shell or language. */
export interface RequestSpec {
	method: 'POST';
	/** Full URL, endpoint path included. */
	url: string;
	/** Base URL as an SDK takes it. */
	baseUrl: string;
	/** Path appended to the base URL. */
	path: string;
	/** How the key travels; its value is always read from `envVar`. */
	auth: { header: 'Authorization' | 'x-api-key'; prefix: string; envVar: string };
	/** Headers that carry no secret, in sending order. */
	headers: ReadonlyArray<readonly [name: string, value: string]>;
	/** The JSON body, as an object; its serialisation is `JSON.stringify(body)`. */
	body: Record<string, unknown>;
	/** True when the body asks for a stream. */
	stream: boolean;
	/** The request format, for generators that pick an SDK. */
	format: ApiFormat;
}

/** Why a choice cannot become a request; the builder shows the message and emits nothing. */
export class RequestChoiceError extends Error {
	constructor(
		/** Which choice is at fault. */
		readonly field: 'region' | 'format' | 'model',
		message: string,
	) {
		super(message);
		this.name = 'RequestChoiceError';
	}
}

/** The prompt used when the reader gives none: short, cheap, and any model answers it. */
export const DEFAULT_PROMPT = 'Reply with the single word: ok';

/** Anthropic's Messages API wants a version header; this is the one its SDKs send. */
export const ANTHROPIC_VERSION = '2023-06-01';

const PATHS: Record<ApiFormat, string> = { openai: '/chat/completions', anthropic: '/v1/messages' };

function authFor(scheme: AuthScheme, envVar: string): RequestSpec['auth'] {
	return scheme === 'bearer'
		? { header: 'Authorization', prefix: 'Bearer ', envVar }
		: { header: 'x-api-key', prefix: '', envVar };
}

/** Joins a base URL and a path without doubling or dropping the slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Turns the reader's choices into the one request the provider documents for them.
 * Throws {@link RequestChoiceError} for a region, format or model the provider does not offer.
 */
export function buildRequest(provider: ProviderEntry, choices: RequestChoices): RequestSpec {
	const region = provider.regions.find((candidate) => candidate.id === choices.region);
	if (!region) {
		throw new RequestChoiceError(
			'region',
			`${provider.shortName} has no region "${choices.region}".`,
		);
	}
	const endpoint = region[choices.format];
	if (!endpoint) {
		throw new RequestChoiceError(
			'format',
			`${provider.shortName} (${region.label}) offers no ${choices.format} endpoint.`,
		);
	}
	if (!provider.models.some((model) => model.id === choices.model)) {
		throw new RequestChoiceError(
			'model',
			`${provider.shortName} lists no model "${choices.model}".`,
		);
	}
	const stream = choices.stream ?? false;
	const messages = [{ role: 'user', content: choices.prompt ?? DEFAULT_PROMPT }];
	const body: Record<string, unknown> =
		choices.format === 'anthropic'
			? { model: choices.model, max_tokens: 64, messages }
			: { model: choices.model, messages };
	if (stream) body['stream'] = true;
	const headers: [string, string][] = [['Content-Type', 'application/json']];
	if (choices.format === 'anthropic') headers.push(['anthropic-version', ANTHROPIC_VERSION]);
	const path = PATHS[choices.format];
	return {
		method: 'POST',
		url: joinUrl(endpoint.baseUrl, path),
		baseUrl: endpoint.baseUrl,
		path,
		auth: authFor(endpoint.auth, provider.envVar.value),
		headers,
		body,
		stream,
		format: choices.format,
	};
}
