/**
 * Reads whatever a reader pastes after a failed call — a status line, `curl -i` output, a JSON
 * body of any provider's shape, an SDK exception line or a bare message — and pulls out status,
 * provider code, error type and message. Pure and browser-safe; nothing leaves the page.
 */

/** The error body shapes the decoder knows, named after who uses them. */
export type ErrorShape =
	| 'openai'
	| 'anthropic'
	| 'zhipu'
	| 'dashscope'
	| 'gemini'
	| 'siliconflow'
	| 'openrouter'
	| 'minimax'
	| 'bracketed'
	| 'text';

/** What the decoder could read from the pasted text. */
export interface ParsedError {
	status?: number | undefined;
	code?: string | undefined;
	type?: string | undefined;
	message?: string | undefined;
	shape: ErrorShape;
	/** Host names found in the text (URLs, Host headers). */
	hosts: string[];
	/** Providers suggested by key prefixes; prefixes are hints, never proof. */
	keyHints: string[];
	/** True when something in the text looks like a live API key. */
	containsKey: boolean;
}

/** Patterns that look like secrets, with the provider their prefix suggests. */
const KEY_PATTERNS: ReadonlyArray<readonly [RegExp, string | null]> = [
	[/\bsk-ant-[A-Za-z0-9_-]{16,}/g, 'anthropic'],
	[/\bsk-or-v1-[A-Za-z0-9]{16,}/g, 'openrouter'],
	[/\bsk-proj-[A-Za-z0-9_-]{16,}/g, 'openai'],
	[/\bAIza[0-9A-Za-z_-]{30,}/g, 'gemini'],
	[/\b[0-9a-f]{32}\.[A-Za-z0-9]{16}\b/g, 'zhipu'],
	[/\bsk-[A-Za-z0-9_-]{20,}/g, null],
	[/\bBearer\s+[A-Za-z0-9._~+/=-]{20,}/g, null],
];

/** The text with anything key-like replaced, so it can be shown back safely. */
export function redactKeys(text: string): string {
	return KEY_PATTERNS.reduce((result, [pattern]) => result.replace(pattern, '[key removed]'), text);
}

function findKeys(text: string): { containsKey: boolean; keyHints: string[] } {
	const hints = new Set<string>();
	let containsKey = false;
	for (const [pattern, provider] of KEY_PATTERNS) {
		if (new RegExp(pattern.source).test(text)) {
			containsKey = true;
			if (provider) hints.add(provider);
		}
	}
	return { containsKey, keyHints: [...hints] };
}

/** Status from a status line, an SDK line or a JSON field; the first that appears wins. */
function findStatus(text: string): number | undefined {
	const patterns = [
		/^HTTP\/[\d.]+\s+(\d{3})\b/m,
		/\b(?:Error code|status code|status|HTTP)[:\s=]+(\d{3})\b/i,
		/^(\d{3})\s+(?:[A-Z][A-Za-z ]+|\[|\{)/m,
		// A 4xx or 5xx that opens a line before a Chinese message ("402 - 余额不足").
		/^([45]\d{2})\s*[-–:]?\s*(?=[\u3400-\u9fff])/m,
		/"(?:status|statusCode|status_code)"\s*:\s*(\d{3})\b/,
	];
	for (const pattern of patterns) {
		const match = pattern.exec(text);
		if (match) {
			const status = Number(match[1]);
			if (status >= 100 && status <= 599) return status;
		}
	}
	return undefined;
}

/**
 * Python's repr of a dict (as printed by its SDKs) rewritten as JSON: strings in either quote
 * (Python picks double quotes for a message that holds an apostrophe), None, True and False.
 */
function pythonToJson(text: string): string {
	let json = '';
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index]!;
		if (char !== "'" && char !== '"') {
			json += char;
			continue;
		}
		let inner = '';
		let end = index + 1;
		for (; end < text.length && text[end] !== char; end += 1) {
			if (text[end] === '\\' && end + 1 < text.length) {
				const next = text[end + 1]!;
				inner +=
					next === 'n' ? '\n' : next === 't' ? '\t' : /['"\\]/.test(next) ? next : `\\${next}`;
				end += 1;
			} else inner += text[end];
		}
		json += JSON.stringify(inner);
		index = end;
	}
	return json
		.replace(/\bNone\b/g, 'null')
		.replace(/\bTrue\b/g, 'true')
		.replace(/\bFalse\b/g, 'false');
}

/** A JavaScript object literal as Node prints it (unquoted keys, single quotes) rewritten as JSON. */
function jsToJson(text: string): string {
	return pythonToJson(text)
		.replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":')
		.replace(/,(\s*[}\]])/g, '$1');
}

/** Every balanced {…} or […] block in the text that parses as JSON (or as a Python dict). */
function findJsonValues(text: string): unknown[] {
	const values: unknown[] = [];
	for (let start = 0; start < text.length; start += 1) {
		const open = text[start];
		if (open !== '{' && open !== '[') continue;
		let depth = 0;
		let quote: string | null = null;
		for (let index = start; index < text.length; index += 1) {
			const char = text[index]!;
			if (quote) {
				if (char === '\\') index += 1;
				else if (char === quote) quote = null;
			} else if (char === '"' || char === "'") quote = char;
			else if (char === '{' || char === '[') depth += 1;
			else if (char === '}' || char === ']') {
				depth -= 1;
				if (depth === 0) {
					const candidate = text.slice(start, index + 1);
					for (const attempt of [
						candidate,
						pythonToJson(candidate),
						jsToJson(candidate),
						// Terminals and issue trackers wrap long lines, breaking strings across them.
						candidate.replace(/\n\s*/g, ' '),
					]) {
						try {
							values.push(JSON.parse(attempt));
							start = index;
							break;
						} catch {
							// Not JSON in this spelling; try the next, then move on.
						}
					}
					break;
				}
			}
		}
	}
	return values;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) =>
	typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/**
 * The values to try as error bodies, outermost first, then any JSON that clients tucked inside a
 * string field (`"body":"{\"error\":…}"`, `"error":"Error: 400 {…}"`).
 */
function candidates(values: readonly unknown[]): unknown[] {
	const nested = (value: unknown): unknown[] =>
		typeof value === 'string'
			? /[{[]/.test(value)
				? candidates(findJsonValues(value))
				: []
			: value && typeof value === 'object'
				? Object.values(value).flatMap(nested)
				: [];
	// Inner bodies first: a client's wrapper says less than the provider's body inside it.
	return values.flatMap((value) => [...nested(value), value]);
}

/** A code written inside a message, as MiniMax does: `insufficient balance (1008)`. */
function codeInMessage(message: string | undefined): string | undefined {
	return message ? /[A-Za-z ]\((\d{4})\)/.exec(message)?.[1] : undefined;
}

/** Reads one JSON value as an error body, if it is one. */
function readBody(value: unknown): Omit<ParsedError, 'hosts' | 'keyHints' | 'containsKey'> | null {
	// Gemini sometimes answers with a one-element list.
	const body = Array.isArray(value) && value.length === 1 ? value[0] : value;
	if (!isObject(body)) return null;
	const error = body['error'];
	if (body['type'] === 'error' && isObject(error)) {
		return {
			shape: 'anthropic',
			type: text(error['type']),
			message: text(error['message']),
			// Anthropic names errors by type; compatible endpoints add their own code.
			code: text(error['code']) ?? codeInMessage(text(error['message'])) ?? text(error['type']),
		};
	}
	if (isObject(error)) {
		const details = Array.isArray(error['details']) ? error['details'].filter(isObject) : [];
		const reason = details.map((detail) => text(detail['reason'])).find(Boolean);
		if (typeof error['status'] === 'string') {
			return {
				shape: 'gemini',
				status: typeof error['code'] === 'number' ? error['code'] : undefined,
				code: reason ?? error['status'],
				type: error['status'],
				message: text(error['message']),
			};
		}
		const code = text(error['code']);
		// An error inside a streamed chunk arrives after HTTP 200, as OpenRouter sends it.
		const inStream = body['object'] === 'chat.completion.chunk';
		if (
			inStream ||
			isObject(error['metadata']) ||
			(typeof error['code'] === 'number' && !error['type'])
		) {
			return {
				shape: 'openrouter',
				status: Number(error['code']) || undefined,
				code,
				message: text(error['message']),
			};
		}
		if (code && /^\d{4}$/.test(code) && !error['type'])
			return { shape: 'zhipu', code, message: text(error['message']) };
		return {
			shape: 'openai',
			code: code ?? text(error['type']),
			type: text(error['type']),
			message: text(error['message']),
		};
	}
	// MiniMax's native API reports errors in base_resp, often with HTTP 200.
	const baseResp = body['base_resp'];
	if (isObject(baseResp) && Number(baseResp['status_code']) > 0) {
		return {
			shape: 'minimax',
			code: text(baseResp['status_code']),
			message: text(baseResp['status_msg']),
		};
	}
	// Anthropic's inner error object on its own: {"type":"authentication_error","message":…}.
	if (
		typeof body['type'] === 'string' &&
		typeof body['message'] === 'string' &&
		body['type'] !== 'error' &&
		!('code' in body)
	) {
		return {
			shape: 'anthropic',
			code: codeInMessage(body['message']) ?? body['type'],
			type: body['type'],
			message: body['message'],
		};
	}
	if ('code' in body && ('message' in body || 'msg' in body)) {
		const code = text(body['code']);
		const message = text(body['message']) ?? text(body['msg']);
		if ('request_id' in body || (code && /^[A-Z][A-Za-z]+(?:\.[A-Za-z]+)*$/.test(code)))
			return { shape: 'dashscope', code, message };
		// SiliconFlow's codes are five digits (20012, 30001); other flat bodies do not say who sent them.
		return { shape: code && /^\d{5}$/.test(code) ? 'siliconflow' : 'text', code, message };
	}
	if (typeof body['message'] === 'string') return { shape: 'text', message: body['message'] };
	return null;
}

/** Top-level domains of the hosts the decoder looks for; `openai.APIError` or `main.py` is no host. */
const HOST_TLDS =
	'com|cn|ai|io|net|org|dev|app|co|cloud|tech|top|xyz|me|so|info|biz|us|uk|de|jp|sg|hk';

/**
 * Host names anywhere in the text: in URLs, `Host:` headers, `host='…'` of Python's connection
 * pools, curl's "Could not resolve host: …", Node's "ENOTFOUND …", or a docs link in a message.
 */
function findHosts(text: string): string[] {
	const pattern = new RegExp(
		`(?<![\\w@.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${HOST_TLDS}))(?![\\w-]|\\.\\w)`,
		'gi',
	);
	return [...new Set([...text.matchAll(pattern)].map((match) => match[1]!.toLowerCase()))];
}

/** Decodes pasted text into what is known about the error. */
export function parseErrorText(input: string): ParsedError {
	const raw = input.trim();
	const { containsKey, keyHints } = findKeys(raw);
	const hosts = findHosts(raw);
	const bodyIn = (text: string) =>
		candidates(findJsonValues(text))
			.map(readBody)
			.find((body) => body !== null);
	// A body quoted inside another JSON string, pasted without the outer quotes: `{\"error\":…}`.
	const found =
		bodyIn(raw) ?? (raw.includes('\\"') ? bodyIn(raw.replace(/\\(["\\/])/g, '$1')) : undefined);
	// `400 [1211][Unknown Model, please check the model code.]` as some SDKs and tools print it.
	const bracketed = /\[(\d{3,5})\]\[([^\]]+)\]/.exec(raw);
	const base: ParsedError = { shape: 'text', hosts, keyHints, containsKey };
	const status = findStatus(raw);
	if (found) return { ...base, ...found, status: status ?? found.status };
	if (bracketed)
		return { ...base, shape: 'bracketed', status, code: bracketed[1], message: bracketed[2] };
	// `code: Arrearage` printed by an SDK, or MiniMax's `(1008)` at the end of its message.
	// Not "Error code: 400" or "status code 400": those are the HTTP status.
	const codeLine =
		/(?<!(?:error|status) )\bcode["']?\s*[:=]\s*["']?([A-Za-z][\w.]+|\d{3,5})\b/i.exec(raw)?.[1];
	const trailing = codeInMessage(raw) ?? /"reason"\s*:\s*"([A-Z][A-Z_]+)"/.exec(raw)?.[1];
	// A bare message: the last line that is not a status line, without any key in it.
	const lines = raw
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	const message = lines.filter((line) => !/^HTTP\/|^[\w-]+:\s/.test(line)).at(-1);
	return {
		...base,
		status,
		code: codeLine ?? trailing,
		message: message ? redactKeys(message) : undefined,
	};
}
