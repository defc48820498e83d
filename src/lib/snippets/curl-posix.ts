import { bodyLines, type RequestSpec } from './request-spec.ts';

/**
 * Quotes any text as one bash/zsh word: single quotes keep every byte literal, and a single quote
 * inside is closed, escaped and reopened (`'\''`).
 */
export function quotePosix(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The request as a curl command for bash or zsh. `-i` prints the status line and headers before
 * the body. The key comes from the environment, and the shell stops with a message when it is
 * unset, unless the reader typed a key, which is then quoted like any other text.
 */
export function toCurlPosix(spec: RequestSpec, key?: string): string {
	const { header, prefix, envVar } = spec.auth;
	const authHeader =
		key === undefined
			? `"${header}: ${prefix}\${${envVar}:?set ${envVar} first}"`
			: quotePosix(`${header}: ${prefix}${key}`);
	const lines = [
		`curl -sS -i${spec.stream ? ' -N' : ''} ${quotePosix(spec.url)}`,
		`-H ${authHeader}`,
		...spec.headers.map(([name, value]) => `-H ${quotePosix(`${name}: ${value}`)}`),
		`-d ${quotePosix(bodyLines(spec))}`,
	];
	return lines.join(' \\\n  ');
}
