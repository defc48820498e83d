/**
 * The pure part of the build's work on Pagefind's output (src/integrations/pagefind-output.ts):
 * the shape a result fragment must have before the build edits it, and the exact-message map
 * with Pagefind's page ids in place of URLs.
 */

/** A Pagefind 1.6 result fragment, as far as the build reads and writes it. */
export interface PagefindFragment {
	url: string;
	content: string;
	word_count: number;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: unknown[];
	[key: string]: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` as a fragment, or an error naming the file and each field that is not what Pagefind
 * 1.6 writes: a format change must stop the build, not pass through half-edited.
 */
export function checkFragment(value: unknown, file: string): PagefindFragment {
	const problems: string[] = [];
	if (!isRecord(value)) problems.push('not a JSON object');
	else {
		if (typeof value.url !== 'string' || !value.url.startsWith('/'))
			problems.push('url: expected a path');
		if (typeof value.content !== 'string') problems.push('content: expected a string');
		if (typeof value.word_count !== 'number') problems.push('word_count: expected a number');
		if (!isRecord(value.meta) || Object.values(value.meta).some((v) => typeof v !== 'string'))
			problems.push('meta: expected an object of strings');
		if (!isRecord(value.filters) || !Object.values(value.filters).every(Array.isArray))
			problems.push('filters: expected an object of arrays');
		if (!Array.isArray(value.anchors)) problems.push('anchors: expected an array');
	}
	if (problems.length > 0)
		throw new Error(`Unexpected Pagefind fragment ${file}: ${problems.join('; ')}`);
	return value as PagefindFragment;
}

/** A file of the exact-message map as the build writes it before the index exists. */
interface ShardWithUrls {
	pages: string[];
	messages: Record<string, number[]>;
}

/**
 * A file of the exact-message map (`/search/messages/<shard>.json`) with each page URL swapped
 * for Pagefind's page id, so the engine can lift a quoting page from anywhere in the results
 * without loading fragments to learn their URLs. Every page the map points at must have been
 * indexed: a missing one would silently lose its messages' lift, so it fails with the URLs.
 */
export function pagefindIdsInShard(
	shard: unknown,
	ids: ReadonlyMap<string, string>,
	file: string,
): ShardWithUrls {
	if (
		!isRecord(shard) ||
		!Array.isArray(shard.pages) ||
		!shard.pages.every((page) => typeof page === 'string') ||
		!isRecord(shard.messages)
	)
		throw new Error(`${file}: expected { pages: string[], messages: {…} }`);
	const pages = shard.pages as string[];
	const missing = pages.filter((url) => !ids.has(url));
	if (missing.length > 0)
		throw new Error(
			`${file} points at pages the search index does not hold: ${missing.join(', ')}`,
		);
	return {
		messages: shard.messages as ShardWithUrls['messages'],
		pages: pages.map((url) => ids.get(url)!),
	};
}
