import { asciiJson, bodyText, type RequestSpec } from './request-spec.ts';

/** cmd.exe refuses a command line longer than this. */
export const CMD_MAX_LENGTH = 8191;

/**
 * Quotes one argument as the C runtime of a Windows program splits its command line: inside
 * double quotes, `"` is written `\"` and backslashes are doubled only where a quote follows them.
 */
export function quoteWindowsArg(text: string): string {
	let quoted = '"';
	let backslashes = 0;
	for (const char of text) {
		if (char === '\\') {
			backslashes += 1;
			continue;
		}
		quoted +=
			char === '"' ? '\\'.repeat(backslashes * 2 + 1) + '"' : '\\'.repeat(backslashes) + char;
		backslashes = 0;
	}
	return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}

/**
 * Escapes a command line for interactive cmd.exe: every character cmd would act on gets a caret,
 * quotes included (so cmd never thinks it is inside quotes), and a caret after each `%` keeps any
 * `%NAME%` from expanding. `expandable` is appended inside the closing quote without escaping, for a
 * `%VAR%` that must be expanded.
 */
export function quoteCmd(text: string, expandable = ''): string {
	const argument = quoteWindowsArg(text);
	// After the carets go in, a `%` followed by a caret can never start a defined variable name;
	// any other `%` gets one, which cmd removes after it has failed to expand `%^NAME%`.
	const escape = (part: string) => part.replace(/[\^&|<>()"]/g, '^$&').replace(/%(?!\^)/g, '%^');
	return expandable ? `${escape(argument.slice(0, -1))}${expandable}^"` : escape(argument);
}

/**
 * The request for Windows cmd.exe with `curl.exe`. Lines continue with `^`; the command runs only
 * when the key variable is defined. Non-ASCII text travels as JSON \u escapes, since the console
 * code page would otherwise garble it.
 */
export function toCurlCmd(spec: RequestSpec, key?: string): string {
	const { header, prefix, envVar } = spec.auth;
	const authHeader =
		key === undefined
			? quoteCmd(`${header}: ${prefix}`, `%${envVar}%`)
			: quoteCmd(`${header}: ${prefix}${key}`);
	const curl = [
		`curl -sS -i${spec.stream ? ' -N' : ''} ${quoteCmd(spec.url)}`,
		`-H ${authHeader}`,
		...spec.headers.map(([name, value]) => `-H ${quoteCmd(`${name}: ${value}`)}`),
		`-d ${quoteCmd(asciiJson(bodyText(spec)))}`,
	].join(' ^\n  ');
	return key === undefined
		? `if not defined ${envVar} (echo Set ${envVar} first) else ${curl}`
		: curl;
}
