/**
 * Words nearly every page of the site has ("api", "error", "the"): in a query they neither narrow
 * the results (every page has them) nor move the ranking (Pagefind's BM25 gives a word on every
 * page almost no weight), yet searching for one downloads its index chunk, among the largest
 * there are. The build lists them (`/search/terms.json`); search leaves them out of what it asks
 * Pagefind, and still uses the whole query for phrases and exact messages.
 */

/** A word as this list keys it: lower case letters and digits, as a query splits them. */
function wordsOf(text: string): Set<string> {
	return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The words found in at least `share` of `pages` (each page given as its indexed texts). */
export function commonWords(pages: readonly (readonly string[])[], share = 0.95): string[] {
	const counts = new Map<string, number>();
	for (const texts of pages) {
		for (const word of wordsOf(texts.join(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const least = Math.ceil(pages.length * share);
	return [...counts]
		.filter(([, count]) => pages.length > 0 && count >= least)
		.map(([word]) => word)
		.sort();
}

/**
 * The words a Chinese question wraps around what it asks ("智谱 401 怎么办", "为什么报错"):
 * they say the reader wants a fix, which every page gives, and no page is about them. Written
 * without spaces, so they are cut from inside a run as well ("余额不足怎么解决").
 */
export const CHINESE_QUESTION_WORDS = [
	'怎么解决',
	'如何解决',
	'怎么处理',
	'怎么回事',
	'什么意思',
	'是什么',
	'怎么办',
	'为什么',
	'怎么',
	'如何',
	'报错了',
	'报错',
	'出错',
	'求助',
	'请问',
] as const;

const QUESTION_WORDS = new RegExp(CHINESE_QUESTION_WORDS.join('|'), 'gu');

/**
 * The query as Pagefind is asked it: without its common words and Chinese question words,
 * unless nothing else would remain (a query of those only is searched as typed). `dropped`
 * counts the words left out.
 */
export function withoutCommon(
	query: string,
	common: readonly string[],
): { text: string; dropped: number } {
	const skip = new Set(common);
	const original = query.trim().split(/\s+/).filter(Boolean);
	const words = original
		.flatMap((word) => word.replace(QUESTION_WORDS, ' ').trim().split(/\s+/))
		.filter(Boolean);
	const kept = words.filter((word) => !skip.has(word.toLowerCase()));
	if (kept.length === 0 || kept.join(' ') === original.join(' '))
		return { text: query.trim(), dropped: 0 };
	return { text: kept.join(' '), dropped: Math.max(0, original.length - kept.length) };
}
