import type { SnippetLanguage } from './targets.ts';

/**
 * A small highlighter for the code our generators write (not for arbitrary code): a handful of
 * token rules per language, applied left to right. It runs at build time and in the browser, so
 * the first render and every later one look the same, and it emits classes, not inline styles,
 * so a strict Content-Security-Policy holds.
 */

type TokenKind = 'comment' | 'string' | 'variable' | 'keyword' | 'flag' | 'number' | 'function';
type Rule = readonly [TokenKind, RegExp];

const DOUBLE_QUOTED = /"(?:[^"\\]|\\[\s\S])*"/y;

const RULES: Record<SnippetLanguage, readonly Rule[]> = {
	bash: [
		['comment', /#[^\n]*/y],
		// A quote inside single quotes is written '\'' ; the whole run is one word.
		['string', /'[^']*'(?:\\''[^']*')*/y],
		['string', DOUBLE_QUOTED],
		['variable', /\$\{[^}]*\}|\$\w+/y],
		['keyword', /\b(?:curl|export)\b/y],
		['flag', /(?<=\s)--?[A-Za-z][\w-]*/y],
	],
	powershell: [
		['comment', /#[^\n]*/y],
		['string', /@'\n[\s\S]*?\n'@/y],
		['string', /'(?:[^']|'')*'/y],
		['string', DOUBLE_QUOTED],
		['variable', /\$[\w:.]+/y],
		['keyword', /\b(?:if|throw|curl\.exe)\b/y],
		['function', /\b(?:New-TemporaryFile|Remove-Item)\b/y],
		['flag', /(?<=\s)--?[A-Za-z][\w-]*/y],
	],
	bat: [
		['variable', /%\w+%/y],
		['string', /\^"(?:[^^\n]|\^[^"])*\^"/y],
		['keyword', /\b(?:if|not|defined|else|echo|curl)\b/y],
		['flag', /(?<=\s)--?[A-Za-z][\w-]*/y],
	],
	python: [
		['comment', /#[^\n]*/y],
		['string', DOUBLE_QUOTED],
		['keyword', /\b(?:import|from|as|try|except|with|for|in|True|False|None)\b/y],
		['function', /\b(?:print|OpenAI|Anthropic)\b/y],
		['number', /\b\d+\b/y],
	],
	javascript: [
		['comment', /\/\/[^\n]*/y],
		['string', DOUBLE_QUOTED],
		['string', /`(?:[^`\\]|\\[\s\S])*`/y],
		['keyword', /\b(?:import|from|const|await|new|if|throw|try|catch|for|of|true|false|null)\b/y],
		['function', /\b(?:fetch|OpenAI|Anthropic|console)\b/y],
		['number', /\b\d+\b/y],
	],
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

/** The code as HTML: escaped text with `<span class="tok-…">` around each token. */
export function highlight(code: string, language: SnippetLanguage): string {
	const rules = RULES[language];
	let html = '';
	let plain = '';
	let index = 0;
	outer: while (index < code.length) {
		for (const [kind, pattern] of rules) {
			pattern.lastIndex = index;
			const match = pattern.exec(code);
			if (match && match[0].length > 0) {
				html += escapeHtml(plain) + `<span class="tok-${kind}">${escapeHtml(match[0])}</span>`;
				plain = '';
				index += match[0].length;
				continue outer;
			}
		}
		// A word that no rule starts with is skipped whole, so `rm-rf` never shows a "flag" inside it.
		const word = /[\w.-]+|[\s\S]/y;
		word.lastIndex = index;
		const skipped = word.exec(code)![0];
		plain += skipped;
		index += skipped.length;
	}
	return html + escapeHtml(plain);
}
