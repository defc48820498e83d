import type { ApiFormat, AuthScheme, ProviderData } from '../../schemas/provider.ts';

/** What the reader picked; the provider's data supplies the rest. */
export interface RequestChoices {
	/** Region id within the provider. */
	region: string;
	/** Request shape. */
	format: ApiFormat;
	/** Model id sent in the body: one the provider lists, unless `customModel` is set. */
	model: string;
	/** A model id the reader typed; accepted as is, since providers add models faster than lists. */
	customModel?: string | undefined;
	/** Ask for a server-sent event stream. */
	stream?: boolean | undefined;
	/** The user message. */
	prompt?: string | undefined;
	/** A relay or proxy to send the request to instead of the provider's own base URL. */
	baseUrl?: string | undefined;
}

/** A provider's data with its id. */
export type ProviderEntry = ProviderData & { id: string };

/** The subset of a provider the generators need; it is also what the browser loads. */
export type BuilderProvider = Pick<
	ProviderEntry,
	'id' | 'name' | 'shortName' | 'envVar' | 'regions' | 'models'
>;

/** One HTTP request, fully determined, before it is written for any shell or language. */
export interface RequestSpec {
	method: 'POST';
	/** Full URL, endpoint path included. */
	url: string;
	/** Base URL as an SDK takes it. */
	baseUrl: string;
	/** Path appended to the base URL. */
	path: string;
	/** How the key travels; by default its value is read from `envVar`. */
	auth: {
		scheme: AuthScheme;
		header: 'Authorization' | 'x-api-key';
		prefix: string;
		envVar: string;
	};
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
	/** Which choice is at fault. */
	readonly field: 'region' | 'format' | 'model' | 'baseUrl';

	constructor(field: RequestChoiceError['field'], message: string) {
		super(message);
		this.name = 'RequestChoiceError';
		this.field = field;
	}
}

/** The prompt used when the reader gives none: short, cheap, and any model answers it. */
export const DEFAULT_PROMPT = 'Reply with the single word: ok';

/**
 * Anthropic's Messages API wants a version header. This is the one Anthropic's docs show in raw
 * HTTP examples and compatible endpoints accept; SDKs send the version they were built for.
 */
export const ANTHROPIC_VERSION = '2023-06-01';

/** Enough for a one-word answer; the Messages API requires a value. */
export const ANTHROPIC_MAX_TOKENS = 64;

/** Path each format appends to its base URL. */
export const ENDPOINT_PATHS: Record<ApiFormat, string> = {
	openai: '/chat/completions',
	anthropic: '/v1/messages',
};

function authFor(scheme: AuthScheme, envVar: string): RequestSpec['auth'] {
	return scheme === 'bearer'
		? { scheme, header: 'Authorization', prefix: 'Bearer ', envVar }
		: { scheme, header: 'x-api-key', prefix: '', envVar };
}

/** Joins a base URL and a path without doubling or dropping the slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Checks a relay's base URL: absolute http(s), no credentials, no query or fragment (the SDKs
 * append a path, which a query would end up after). Returns the URL without a trailing slash.
 */
export function validateBaseUrl(text: string): string {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		throw new RequestChoiceError(
			'baseUrl',
			`"${text}" is not a URL; write it in full, like https://relay.example.com/v1.`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new RequestChoiceError(
			'baseUrl',
			`A base URL starts with https:// or http://, not ${url.protocol}//.`,
		);
	}
	if (url.username || url.password) {
		throw new RequestChoiceError(
			'baseUrl',
			'Take the user name and password out of the URL; the key goes in a header.',
		);
	}
	if (url.search || url.hash) {
		throw new RequestChoiceError(
			'baseUrl',
			'Remove the ?query or #fragment: the client appends the endpoint path to the base URL.',
		);
	}
	return url.href.replace(/\/+$/, '');
}

/**
 * Turns the reader's choices into the one request the provider documents for them.
 * Throws {@link RequestChoiceError} for a region, format, model or base URL that cannot work.
 */
export function buildRequest(provider: BuilderProvider, choices: RequestChoices): RequestSpec {
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
			`${provider.shortName} (${region.label}) offers no ${choices.format === 'openai' ? 'OpenAI' : 'Anthropic'}-compatible endpoint.`,
		);
	}
	const model = choices.customModel?.trim() || choices.model;
	if (
		!choices.customModel?.trim() &&
		!provider.models.some((candidate) => candidate.id === model)
	) {
		throw new RequestChoiceError(
			'model',
			`${provider.shortName} lists no model "${model}"; type it as a custom model to send it anyway.`,
		);
	}
	if (/\s/.test(model)) throw new RequestChoiceError('model', 'A model id has no spaces.');
	const baseUrl = choices.baseUrl?.trim() ? validateBaseUrl(choices.baseUrl) : endpoint.baseUrl;
	const stream = choices.stream ?? false;
	const messages = [{ role: 'user', content: choices.prompt ?? DEFAULT_PROMPT }];
	const body: Record<string, unknown> =
		choices.format === 'anthropic'
			? { model, max_tokens: ANTHROPIC_MAX_TOKENS, messages }
			: { model, messages };
	if (stream) body['stream'] = true;
	const headers: [string, string][] = [['Content-Type', 'application/json']];
	if (choices.format === 'anthropic') headers.push(['anthropic-version', ANTHROPIC_VERSION]);
	const path = ENDPOINT_PATHS[choices.format];
	return {
		method: 'POST',
		url: joinUrl(baseUrl, path),
		baseUrl,
		path,
		auth: authFor(endpoint.auth, provider.envVar.value),
		headers,
		body,
		stream,
		format: choices.format,
	};
}

/** The body on one line, as the generators send it where a shell cannot split an argument (cmd). */
export function bodyText(spec: RequestSpec): string {
	return JSON.stringify(spec.body);
}

/**
 * The body with one top-level field per line, as bash and PowerShell send it: still one argument
 * (or one here-string), but model, limits and messages each sit on a line a reader can check
 * without scrolling sideways. Values stay compact, so the messages take one line, not ten. JSON
 * strings hold no raw line break, so the layout never changes a value.
 */
export function bodyLines(spec: RequestSpec): string {
	const fields = Object.entries(spec.body).map(
		([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
	);
	return `{\n${fields.join(',\n')}\n}`;
}

/**
 * JSON text with every non-ASCII character written as a \u escape: the same JSON value, safe
 * through Windows consoles and code pages that would mangle CJK or emoji on a command line.
 */
export function asciiJson(json: string): string {
	return json.replace(
		/[\u007f-\uffff]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
