import { foldMessage } from './fold-message.ts';

/** Punctuation that ends or wraps a word in running text, not part of the word itself. */
const EDGE = /^[("'“‘[{]+|[)"'”’\]},.;:!?。，；：！？]+$/gu;

/**
 * The words of a page's exact messages, each once, in first-seen order: what the page gives
 * Pagefind at weight 10 so that a pasted message ranks its fix first. The weight counts for the
 * word wherever it stands, so repeating it adds nothing to the ranking; it only adds positions to
 * the word's index chunk, which every query for that word downloads ("API key" is in dozens of
 * messages across a page's providers). Words keep their inner punctuation (`api.z.ai`,
 * `invalid_request_error`, `****abcd`), as Pagefind indexes them whole and in parts.
 */
export function weightedWords(messages: readonly string[]): string {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const message of messages) {
		for (const token of message.split(/\s+/)) {
			const word = token.replace(EDGE, '');
			const key = word.toLowerCase();
			if (word === '' || seen.has(key)) continue;
			seen.add(key);
			words.push(word);
		}
	}
	return words.join(' ');
}

/**
 * Whether `text` (a keyword chip, say) is one of `messages` as the exact-message map folds them:
 * such a text is indexed already, weighted, and need not be indexed again.
 */
export function isOneOf(text: string, messages: readonly string[]): boolean {
	const folded = foldMessage(text);
	return messages.some((message) => foldMessage(message) === folded);
}
