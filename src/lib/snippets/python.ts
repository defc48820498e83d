import { toLiteral, toPythonString } from './literals.ts';
import type { RequestSpec } from './request-spec.ts';

const INDENT = '    ';

function keyExpression(spec: RequestSpec, key: string | undefined): string {
	return key === undefined
		? `os.environ[${toPythonString(spec.auth.envVar)}]`
		: toPythonString(key);
}

/**
 * The request with the official Python SDK of its format (`openai` or `anthropic`). SDK errors
 * print as `openai.AuthenticationError: Error code: 401 - {...}`, status and body included.
 */
export function toPythonSdk(spec: RequestSpec, key?: string): string {
	const keyValue = keyExpression(spec, key);
	const anthropic = spec.format === 'anthropic';
	// Recent SDKs send `api_key` as a Bearer token, so an endpoint that reads x-api-key gets the
	// header explicitly and no Bearer credential at all.
	const xApiKey = `default_headers={"x-api-key": ${keyValue}}`;
	const credential =
		spec.auth.scheme === 'bearer'
			? `${anthropic ? 'auth_token' : 'api_key'}=${keyValue}`
			: anthropic
				? `api_key=None,\n${INDENT}${xApiKey}`
				: `api_key="unused",\n${INDENT}${xApiKey}`;
	const { module, client, call, dump } = anthropic
		? { module: 'anthropic', client: 'Anthropic', call: 'client.messages.create', dump: 'message' }
		: {
				module: 'openai',
				client: 'OpenAI',
				call: 'client.chat.completions.create',
				dump: 'completion',
			};
	const args = Object.entries(spec.body).map(
		([name, value]) => `${INDENT}${name}=${toLiteral(value, 'python')},`,
	);
	const output = spec.stream
		? [`for event in ${dump}:`, `${INDENT}print(event.model_dump_json())`]
		: [`print(${dump}.model_dump_json(indent=2))`];
	return [
		...(key === undefined ? ['import os', ''] : []),
		`from ${module} import ${client}`,
		'',
		`client = ${client}(`,
		`${INDENT}base_url=${toPythonString(spec.baseUrl)},`,
		`${INDENT}${credential},`,
		')',
		`${dump} = ${call}(`,
		...args,
		')',
		...output,
	].join('\n');
}

/**
 * The request with Python's standard library only: the body is serialised exactly as the spec
 * serialises it, and an HTTP error prints its status and body instead of a bare traceback.
 */
export function toPythonUrllib(spec: RequestSpec, key?: string): string {
	const { header, prefix } = spec.auth;
	const authValue = prefix
		? `${toPythonString(prefix)} + ${keyExpression(spec, key)}`
		: keyExpression(spec, key);
	const headers = [
		[toPythonString(header), authValue],
		...spec.headers.map(([name, value]) => [toPythonString(name), toPythonString(value)]),
	];
	return [
		'import json',
		...(key === undefined ? ['import os'] : []),
		'import urllib.error',
		'import urllib.request',
		'',
		`payload = ${toLiteral(spec.body, 'python')}`,
		'request = urllib.request.Request(',
		`${INDENT}${toPythonString(spec.url)},`,
		`${INDENT}data=json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),`,
		`${INDENT}headers={`,
		...headers.map(([name, value]) => `${INDENT}${INDENT}${name}: ${value},`),
		`${INDENT}},`,
		`${INDENT}method="POST",`,
		')',
		'try:',
		`${INDENT}with urllib.request.urlopen(request) as response:`,
		`${INDENT}${INDENT}print(response.status, response.reason)`,
		`${INDENT}${INDENT}for line in response:`,
		`${INDENT}${INDENT}${INDENT}print(line.decode("utf-8"), end="")`,
		'except urllib.error.HTTPError as error:',
		`${INDENT}print(error.code, error.reason)`,
		`${INDENT}print(error.read().decode("utf-8"))`,
	].join('\n');
}
