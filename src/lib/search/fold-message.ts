/**
 * Error text as the exact-message map keys it: lower case, whitespace folded, no trailing full
 * stop. The map is built at build time and read by the search engine; both fold with this.
 */
export function foldMessage(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[.。]$/, '')
		.trim();
}

/**
 * The key the exact-message map uses: a 32-bit FNV-1a hash of the folded text, in base 36. The
 * map then costs a few bytes per message instead of the message itself; two messages sharing a
 * key (unlikely among a few hundred) would only lift each other's pages in the ranking.
 */
export function messageKey(text: string): string {
	const folded = foldMessage(text);
	let hash = 0x811c9dc5;
	for (let index = 0; index < folded.length; index += 1) {
		hash ^= folded.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/**
 * How many files the exact-message map is split into. A query needs only the file its key falls
 * in, so the map's size stops weighing on the first search as messages are added.
 */
export const MESSAGE_SHARDS = 16;

/** The file of the exact-message map (`/search/messages/<shard>.json`) that holds `key`. */
export function messageShard(key: string): number {
	return parseInt(key, 36) % MESSAGE_SHARDS;
}
