import { describe, expect, it } from 'vitest';
import {
	CMD_MAX_LENGTH,
	quoteCmd,
	quoteWindowsArg,
	toCurlCmd,
} from '../../src/lib/snippets/curl-cmd.ts';
import { quotePowerShell, toCurlPowerShell } from '../../src/lib/snippets/curl-powershell.ts';
import {
	asciiJson,
	bodyLines,
	bodyText,
	buildRequest,
} from '../../src/lib/snippets/request-spec.ts';
import { targetById } from '../../src/lib/snippets/targets.ts';
import { FIXTURE_PROVIDER } from '../fixtures/builder-provider.ts';
import {
	cmdExpand,
	cmdUnescape,
	readPowerShellHereString,
	readPowerShellVerbatim,
	windowsArgv,
} from '../helpers/windows-shells.ts';

// The characters that break cmd or PowerShell quoting, alone and together.
const BREAKERS = [
	'"',
	'\\"',
	'trailing backslash\\',
	'two \\\\ before quote \\\\"',
	'a & b',
	'a | b',
	'<tag>',
	'(paren)',
	'^caret^^',
	'100%',
	'%PATH%',
	'%FIXTURE_API_KEY%',
	'%%',
	'%&',
	'!bang!',
	"it's",
	'‘smart’ ‚quotes‛',
	'$env:PATH $(whoami) `backtick`',
	"@'",
	'tab\there',
	'中文 🔑',
];

const ENV = { PATH: 'C:\\Windows', FIXTURE_API_KEY: 'sk-from-env' };

/** What curl.exe receives when the cmd line is pasted into cmd.exe. */
function cmdArgv(line: string): string[] {
	return windowsArgv(cmdUnescape(cmdExpand(line, ENV)));
}

describe('quoteWindowsArg (C runtime rules)', () => {
	it.each(BREAKERS)('%j comes back as one argument', (text) => {
		expect(windowsArgv(`prog ${quoteWindowsArg(text)}`)).toEqual(['prog', text]);
	});
});

describe('quoteCmd (interactive cmd.exe, then the C runtime)', () => {
	it.each(BREAKERS)('%j reaches the program unchanged, with no variable expanded', (text) => {
		expect(cmdArgv(`curl ${quoteCmd(text)}`)).toEqual(['curl', text]);
	});

	it('expands only the variable it is asked to', () => {
		expect(cmdArgv(`curl ${quoteCmd('Authorization: Bearer ', '%FIXTURE_API_KEY%')}`)).toEqual([
			'curl',
			'Authorization: Bearer sk-from-env',
		]);
	});
});

describe('toCurlCmd', () => {
	it.each(BREAKERS)('sends a prompt of %j as the exact JSON body', (prompt) => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
			prompt,
		});
		const line = toCurlCmd(spec);
		const guard = 'if not defined FIXTURE_API_KEY (echo Set FIXTURE_API_KEY first) else ';
		expect(line.startsWith(guard)).toBe(true);
		const argv = cmdArgv(line.slice(guard.length));
		expect(argv).toEqual([
			'curl',
			'-sS',
			'-i',
			spec.url,
			'-H',
			'Authorization: Bearer sk-from-env',
			'-H',
			'Content-Type: application/json',
			'-d',
			asciiJson(bodyText(spec)),
		]);
		expect(JSON.parse(argv.at(-1)!)).toEqual(spec.body);
	});

	it('warns when the command is longer than cmd.exe accepts', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
			prompt: 'x'.repeat(CMD_MAX_LENGTH),
		});
		const target = targetById('cmd');
		expect(target.warnings!(target.generate(spec))).toHaveLength(1);
	});
});

describe('quotePowerShell (verbatim strings)', () => {
	it.each(BREAKERS)('%j reads back unchanged', (text) => {
		const quoted = quotePowerShell(text);
		expect(readPowerShellVerbatim(quoted)).toEqual({ value: text, end: quoted.length });
	});
});

describe('toCurlPowerShell', () => {
	it.each(BREAKERS)(
		'carries a prompt of %j in a here-string that nothing can close early',
		(prompt) => {
			const spec = buildRequest(FIXTURE_PROVIDER, {
				region: 'cn',
				format: 'openai',
				model: 'fixture-small',
				prompt,
			});
			const script = toCurlPowerShell(spec);
			const body = readPowerShellHereString(script);
			expect(body).toBe(asciiJson(bodyLines(spec)));
			expect(JSON.parse(body)).toEqual(spec.body);
			// ASCII only; its line breaks are the layout's, never inside a value.
			expect(body).not.toMatch(/[\u0080-\uffff]/);
		},
	);

	it('passes the URL and headers as verbatim strings and checks the key first', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'intl',
			format: 'anthropic',
			model: 'fixture-small',
			baseUrl: "https://relay.example.com/it's/$x",
		});
		const script = toCurlPowerShell(spec);
		expect(script.split('\n')[0]).toBe(
			"if (-not $env:FIXTURE_API_KEY) { throw 'Set $env:FIXTURE_API_KEY first' }",
		);
		const urlAt = script.indexOf("curl.exe -sS -i '") + 'curl.exe -sS -i '.length;
		expect(readPowerShellVerbatim(script, urlAt).value).toBe(spec.url);
		expect(script).toContain('-H "x-api-key: $env:FIXTURE_API_KEY"');
		expect(script).toContain("-H 'anthropic-version: 2023-06-01'");
	});
});
