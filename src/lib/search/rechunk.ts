/**
 * Pagefind splits its word index into chunks of about 20,000 word positions, a size its indexer
 * does not let us set. On a 1,000-page site every common word of a query (api, key, invalid) then
 * costs a whole chunk of 10–20 KB gzipped, mostly other words. After indexing, the build splits
 * the index again into small chunks, so a query downloads little more than its own words'
 * postings. The chunk format and the size rule are Pagefind's own (`chunk_index`, `chunk_meta` and
 * `get_prefixes` in pagefind/src/index/mod.rs), the boundaries nearly so (see `chunkBounds`);
 * this module is the pure part.
 */

/** One page's entry for a word: [page number, positions, ...what Pagefind adds]. */
export type PackedPage = [page: number, locations: number[], ...rest: unknown[]];
/** One word of the index: [word, its pages, ...what Pagefind adds]. */
export type PackedWord = [word: string, pages: PackedPage[], ...rest: unknown[]];

/** What Pagefind counts against a chunk's size: every position, plus one per page. */
export function wordUnits(word: PackedWord): number {
	return word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
}

/**
 * Keeps a word's first `limit` positions on each page. The positions list is Pagefind's: positive
 * entries are positions (as gaps from the previous one), negative entries set the weight of those
 * after them, so a prefix of the list reads the same as the whole. Ranking counts how often a
 * word occurs on a page, and past a handful of times that says little more (search engines
 * saturate term frequency for the same reason), while every position of "api" or "key" on every
 * page is most of what a query downloads.
 */
export function capPositions(words: readonly PackedWord[], limit: number): PackedWord[] {
	return words.map(([text, pages, ...rest]) => [
		text,
		pages.map(([page, locations, ...more]): PackedPage => {
			const kept: number[] = [];
			let positions = 0;
			for (const entry of locations) {
				if (entry >= 0) {
					if (positions === limit) break;
					positions += 1;
				}
				kept.push(entry);
			}
			while ((kept.at(-1) ?? 0) < 0) kept.pop();
			return [page, kept, ...more];
		}),
		...rest,
	]);
}

/** Splits sorted words into chunks, closing a chunk once it reaches `target` units, as Pagefind does. */
export function splitWords(words: readonly PackedWord[], target: number): PackedWord[][] {
	const chunks: PackedWord[][] = [];
	let chunk: PackedWord[] = [];
	let size = 0;
	for (const word of words) {
		chunk.push(word);
		size += wordUnits(word);
		if (size >= target) {
			chunks.push(chunk);
			chunk = [];
			size = 0;
		}
	}
	if (chunk.length > 0) chunks.push(chunk);
	return chunks;
}

/**
 * The shortest prefixes that still tell two neighbouring boundary words apart: one character
 * past their common prefix (counted in characters, not bytes, as Pagefind counts them).
 */
export function boundaryPrefixes(last: string, next: string): [string, string] {
	const a = Array.from(last);
	const b = Array.from(next);
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
	return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * The `from`/`to` range Pagefind's search looks a word up by, for each chunk. Pagefind shortens
 * both ends of neighbouring chunks to `boundaryPrefixes`; a shortened `to` ("i" for a chunk
 * ending in "invalid") leaves that last word outside its own chunk's range for the search's strict
 * lookup, so a query that also has other words never loads it. Here only `from` is shortened
 * (so a typed prefix such as "ke" still finds the chunk that starts with "key"), and `to` is the
 * chunk's last word.
 */
export function chunkBounds(chunks: readonly PackedWord[][]): Array<{ from: string; to: string }> {
	const bounds = chunks.map((chunk) => ({
		from: chunk[0]?.[0] ?? '',
		to: chunk.at(-1)?.[0] ?? '',
	}));
	for (let index = 0; index + 1 < bounds.length; index += 1) {
		bounds[index + 1]!.from = boundaryPrefixes(bounds[index]!.to, bounds[index + 1]!.from)[1];
	}
	return bounds;
}
