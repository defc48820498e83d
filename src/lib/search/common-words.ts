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
 * The query as Pagefind is asked it: without its common words, unless nothing else would remain
 * (a query of common words only is searched as typed). `dropped` counts the words left out.
 */
export function withoutCommon(
	query: string,
	common: readonly string[],
): { text: string; dropped: number } {
	const skip = new Set(common);
	const words = query.trim().split(/\s+/).filter(Boolean);
	const kept = words.filter((word) => !skip.has(word.toLowerCase()));
	if (kept.length === 0 || kept.length === words.length) return { text: query.trim(), dropped: 0 };
	return { text: kept.join(' '), dropped: words.length - kept.length };
}
