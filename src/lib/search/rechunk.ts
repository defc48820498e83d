/**
 * Pagefind splits its word index into chunks of about 20,000 word positions, a size its indexer
 * does not let us set. On a 1,000-page site every common word of a query (api, key, invalid) then
 * costs a whole chunk of 10–20 KB gzipped, mostly other words. After indexing, the build splits
 * the index again into small chunks, so a query downloads little more than its own words'
 * postings. The chunk format and the boundary rule are Pagefind's own (`chunk_index`, `chunk_meta`
 * and `get_prefixes` in pagefind/src/index/mod.rs); this module is the pure part.
 */

/** One page's entry for a word: [page number, positions, ...what Pagefind adds]. */
export type PackedPage = [page: number, locations: number[], ...rest: unknown[]];
/** One word of the index: [word, its pages, ...what Pagefind adds]. */
export type PackedWord = [word: string, pages: PackedPage[], ...rest: unknown[]];

/** What Pagefind counts against a chunk's size: every position, plus one per page. */
export function wordUnits(word: PackedWord): number {
	return word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
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

/** The `from`/`to` range Pagefind's search looks a word up by, for each chunk. */
export function chunkBounds(chunks: readonly PackedWord[][]): Array<{ from: string; to: string }> {
	const bounds = chunks.map((chunk) => ({
		from: chunk[0]?.[0] ?? '',
		to: chunk.at(-1)?.[0] ?? '',
	}));
	for (let index = 0; index + 1 < bounds.length; index += 1) {
		[bounds[index]!.to, bounds[index + 1]!.from] = boundaryPrefixes(
			bounds[index]!.to,
			bounds[index + 1]!.from,
		);
	}
	return bounds;
}
