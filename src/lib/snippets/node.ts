import { toJsString, toLiteral } from './literals.ts';
import type { RequestSpec } from './request-spec.ts';

const INDENT = '  ';

function keyLines(spec: RequestSpec, key: string | undefined): string[] {
	if (key !== undefined) return [`const apiKey = ${toJsString(key)};`];
	const name = spec.auth.envVar;
	return [
		`const apiKey = process.env.${name};`,
		`if (!apiKey) throw new Error(${toJsString(`Set ${name} first`)});`,
	];
}

/** The body as an indented object literal, one property a line. */
function payloadLiteral(spec: RequestSpec): string[] {
	return [
		'const payload = {',
		...Object.entries(spec.body).map(
			([name, value]) => `${INDENT}${name}: ${toLiteral(value, 'javascript')},`,
		),
		'};',
	];
}

/** The request with the official Node SDK of its format (`openai` or `@anthropic-ai/sdk`), as an ES module. */
export function toNodeSdk(spec: RequestSpec, key?: string): string {
	const anthropic = spec.format === 'anthropic';
	// Recent SDKs send `apiKey` as a Bearer token, so an endpoint that reads x-api-key gets the
	// header explicitly and no Bearer credential at all.
	const credential =
		spec.auth.scheme === 'bearer'
			? anthropic
				? 'authToken: apiKey'
				: 'apiKey'
			: anthropic
				? 'apiKey: null, defaultHeaders: { "x-api-key": apiKey }'
				: 'apiKey: "unused", defaultHeaders: { "x-api-key": apiKey }';
	const { module, client, call } = anthropic
		? { module: '@anthropic-ai/sdk', client: 'Anthropic', call: 'client.messages.create' }
		: { module: 'openai', client: 'OpenAI', call: 'client.chat.completions.create' };
	const output = spec.stream
		? [`${INDENT}for await (const event of result) console.log(JSON.stringify(event));`]
		: [`${INDENT}console.log(JSON.stringify(result, null, 2));`];
	return [
		`import ${client} from ${toJsString(module)};`,
		'',
		...keyLines(spec, key),
		`const client = new ${client}({ baseURL: ${toJsString(spec.baseUrl)}, ${credential} });`,
		...payloadLiteral(spec),
		'try {',
		`${INDENT}const result = await ${call}(payload);`,
		...output,
		'} catch (error) {',
		`${INDENT}// SDK errors carry the HTTP status and the parsed error body.`,
		`${INDENT}console.error(error.status, JSON.stringify(error.error ?? error.message));`,
		`${INDENT}process.exitCode = 1;`,
		'}',
	].join('\n');
}

/** The request with the `fetch` built into Node 18+, as an ES module; prints status and raw body. */
export function toNodeFetch(spec: RequestSpec, key?: string): string {
	const { header, prefix } = spec.auth;
	const authValue = prefix ? `\`${prefix}\${apiKey}\`` : 'apiKey';
	const headers = [
		`${INDENT}${INDENT}${toJsString(header)}: ${authValue},`,
		...spec.headers.map(
			([name, value]) => `${INDENT}${INDENT}${toJsString(name)}: ${toJsString(value)},`,
		),
	];
	return [
		...keyLines(spec, key),
		...payloadLiteral(spec),
		`const response = await fetch(${toJsString(spec.url)}, {`,
		`${INDENT}method: "POST",`,
		`${INDENT}headers: {`,
		...headers,
		`${INDENT}},`,
		`${INDENT}body: JSON.stringify(payload),`,
		'});',
		'console.log(response.status, response.statusText);',
		'// Printed as it arrives, so a stream shows each event and a hang shows where it stopped.',
		'for await (const chunk of response.body) process.stdout.write(chunk);',
	].join('\n');
}
