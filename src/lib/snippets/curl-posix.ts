import type { RequestSpec } from './request-spec.ts';

/**
 * Quotes any text as one bash/zsh word: single quotes keep every byte literal, and a single quote
 * inside is closed, escaped and reopened (`'\''`).
 */
export function quotePosix(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The request as a curl command for bash or zsh. `-i` prints the status line and headers before
 * the body; the key comes from the environment and the shell stops with a message when it is unset.
 */
export function toCurlPosix(spec: RequestSpec): string {
	const { header, prefix, envVar } = spec.auth;
	const lines = [
		`curl -sS -i${spec.stream ? ' -N' : ''} ${quotePosix(spec.url)}`,
		`-H "${header}: ${prefix}\${${envVar}:?set ${envVar} first}"`,
		...spec.headers.map(([name, value]) => `-H ${quotePosix(`${name}: ${value}`)}`),
		`-d ${quotePosix(JSON.stringify(spec.body))}`,
	];
	return lines.join(' \\\n  ');
}
