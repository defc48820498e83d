import { asciiJson, bodyLines, type RequestSpec } from './request-spec.ts';

/** Quotes text as a PowerShell verbatim string: single quotes, with `'` doubled inside. */
export function quotePowerShell(text: string): string {
	return `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/**
 * The request for PowerShell (5.1 and 7) with Windows' own `curl.exe`, not the `curl` alias of
 * Invoke-WebRequest. The body goes through a file: Windows PowerShell strips the double quotes
 * of JSON passed as an argument to a native program, and a verbatim here-string needs no escaping.
 */
export function toCurlPowerShell(spec: RequestSpec, key?: string): string {
	const { header, prefix, envVar } = spec.auth;
	const authHeader =
		key === undefined
			? `"${header}: ${prefix}$env:${envVar}"`
			: quotePowerShell(`${header}: ${prefix}${key}`);
	const curl = [
		`curl.exe -sS -i${spec.stream ? ' -N' : ''} ${quotePowerShell(spec.url)}`,
		`-H ${authHeader}`,
		...spec.headers.map(([name, value]) => `-H ${quotePowerShell(`${name}: ${value}`)}`),
		'--data-binary "@$($bodyFile.FullName)"',
	].join(' `\n  ');
	return [
		...(key === undefined
			? [`if (-not $env:${envVar}) { throw ${quotePowerShell(`Set $env:${envVar} first`)} }`]
			: []),
		// A line of JSON starts with a space or a bracket, so none can close the here-string early.
		`$body = @'\n${asciiJson(bodyLines(spec))}\n'@`,
		'$bodyFile = New-TemporaryFile',
		'[IO.File]::WriteAllText($bodyFile.FullName, $body)',
		curl,
		'Remove-Item $bodyFile',
	].join('\n');
}
