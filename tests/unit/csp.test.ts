import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { inlineSources, keepHashes, keepUsedHashes } from '../../src/lib/csp-hashes.ts';
import {
	CODE_THEMES,
	codeThemeClasses,
	codeThemeRules,
	styleToClasses,
} from '../../src/lib/code-theme.ts';

describe('code blocks without inline styles', () => {
	it('turns every style Shiki writes into classes that have rules', async () => {
		const highlighter = await createHighlighter({
			themes: Object.values(CODE_THEMES),
			langs: ['json', 'bash', 'python', 'markdown'],
		});
		const rules = codeThemeRules();
		for (const [lang, code] of [
			['json', '{ "error": { "code": "1113", "ok": true, "n": 1 } }'],
			['bash', 'curl -sS "$BASE_URL/chat" -H "Authorization: Bearer $KEY" # comment'],
			['python', 'import os\nclient = OpenAI(api_key=os.environ["KEY"])  # note'],
			['markdown', '# Title\n*italic* **bold** ~~gone~~ [link](https://x.example)'],
		] as const) {
			const html = highlighter.codeToHtml(code, {
				lang,
				themes: CODE_THEMES,
				transformers: [codeThemeClasses()],
			});
			expect(html).not.toContain('style=');
			for (const [, name] of html.matchAll(/\b(s[ld]\d+)\b/g)) {
				expect(rules, `${lang}: .${name}`).toHaveProperty(`.${name}`);
			}
		}
	});

	it('leaves the default colours to the block and names what it cannot map', () => {
		expect(styleToClasses('color:#0E1116;--shiki-dark:#F0F3F6')).toEqual([]);
		expect(styleToClasses('font-style:italic; overflow-x: auto;')).toEqual([
			'italic',
			'overflow-x-auto',
		]);
		expect(() => styleToClasses('color:#123456')).toThrow(
			/#123456, which is not in the code theme/,
		);
		expect(() => styleToClasses('margin:0')).toThrow(/"margin:0".*src\/lib\/code-theme\.ts/);
		expect(styleToClasses('--shiki-light-font-weight:bold;--shiki-dark-font-weight:bold')).toEqual([
			'font-bold',
		]);
		expect(() => styleToClasses('--shiki-light-font-style:italic')).toThrow(/differs/);
	});
});

describe('per-page CSP hashes', () => {
	const page = [
		'<script type="application/ld+json">{"@graph":[]}</script>',
		'<script type="module" src="/_astro/a.js"></script>',
		'<script>ran()</script>',
		'<script type="module">go()</script>',
	].join('');

	it('hashes the inline scripts that run, not data blocks or external files', () => {
		// The sources a browser reports for these bodies ("Either … a hash ('sha256-…')").
		expect([...inlineSources(page)]).toHaveLength(2);
	});

	it('keeps only the hashes a page uses, and every other source', () => {
		const [ran] = inlineSources('<script>ran()</script>');
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${ran} 'sha256-unused='; style-src 'self' 'sha256-other=';`;
		expect(keepHashes(policy, inlineSources(page))).toBe(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${ran}; style-src 'self';`,
		);
	});

	it('rewrites the policy in a page to the hashes of that page', () => {
		const [ran] = inlineSources('<script>ran()</script>');
		const meta = (policy: string) =>
			`<meta http-equiv="content-security-policy" content="${policy}">`;
		const before = `<head>${meta(`script-src 'self' ${ran} 'sha256-unused='`)}</head><body>${page}</body>`;
		expect(keepUsedHashes(before)).toBe(
			`<head>${meta(`script-src 'self' ${ran}`)}</head><body>${page}</body>`,
		);
		expect(keepUsedHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
	});
});
