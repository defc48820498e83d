import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PagefindServiceConfig } from 'pagefind';
import {
	checkFragment,
	pagefindIdsInShard,
	type PagefindFragment,
} from '../lib/search/pagefind-output.ts';

/**
 * The Pagefind release this post-processing was written for. `package.json` pins the same exact
 * version; the build stops when the index says otherwise, so an upgrade is a deliberate change
 * (re-run the tests on the fixture site in tests/unit/pagefind-output.test.ts, then bump both).
 */
export const PAGEFIND_VERSION = '1.6.0';

/**
 * How the site is indexed. Code blocks repeat what the text around them says (and error bodies
 * are indexed with the page's messages), so they are left out. Pagefind splits the word index
 * into chunks of about 20,000 word positions by default; on a large site each common word of a
 * query then costs a chunk of 10–20 KB gzipped of mostly other words. Its chunk-size setting
 * (read from the environment by Pagefind 1.5+) makes a query download little more than its own
 * words; 5,000 was tuned on the 1,000-page site of scripts/search-budget.ts.
 */
export const PAGEFIND_SETTINGS = {
	service: { excludeSelectors: ['[data-block="body"] pre'] } satisfies PagefindServiceConfig,
	environment: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '5000' },
};

/** Pagefind's files are gzip of this signature followed by the payload (JSON for fragments). */
const SIGNATURE = Buffer.from('pagefind_dcd');

async function readPagefindFile(path: string): Promise<Buffer> {
	const data = gunzipSync(await readFile(path));
	if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE))
		throw new Error(`${path} does not start with Pagefind's signature; has its format changed?`);
	return data.subarray(SIGNATURE.length);
}

async function writePagefindFile(path: string, payload: Uint8Array): Promise<void> {
	await writeFile(path, gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 }));
}

/** Fails unless the index in `pagefindDir` was written by PAGEFIND_VERSION. */
export async function checkPagefindVersion(pagefindDir: string): Promise<void> {
	const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
		version?: unknown;
	};
	if (entry.version !== PAGEFIND_VERSION)
		throw new Error(
			`The search index was written by Pagefind ${String(entry.version)}, but the build's ` +
				`post-processing (src/integrations/pagefind-output.ts) was written for ` +
				`${PAGEFIND_VERSION}. Pin pagefind to ${PAGEFIND_VERSION}, or check the new release's ` +
				'fragment format and update PAGEFIND_VERSION.',
		);
}

/**
 * Empties the page text Pagefind keeps in each result fragment for excerpts and sub-results.
 * Results show the page's title and short answer (metadata), never an excerpt, so each fragment
 * shrinks from the whole page's text (about 4 KB gzipped) to its URL, metadata and filters; the
 * word index, which ranks results, is not touched. Every fragment's shape is checked first.
 * Returns each page's URL with its Pagefind id (the fragment's name).
 */
export async function trimFragments(pagefindDir: string): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	const folder = join(pagefindDir, 'fragment');
	const files = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
	if (files.length === 0) throw new Error(`${folder} holds no result fragments`);
	for (const name of files) {
		const path = join(folder, name);
		const fragment: PagefindFragment = checkFragment(
			JSON.parse((await readPagefindFile(path)).toString('utf8')),
			path,
		);
		ids.set(fragment.url, name.replace(/\.pf_fragment$/, ''));
		await writePagefindFile(
			path,
			Buffer.from(JSON.stringify({ ...fragment, content: '', anchors: [] })),
		);
	}
	return ids;
}

/**
 * What the build does to Pagefind's output once it is written: checks the version, trims the
 * fragments, and swaps the page URLs in each edition's exact-message map (`messagesDirs`, one JSON
 * file per shard) for Pagefind's ids.
 */
export async function finishPagefindOutput(
	pagefindDir: string,
	messagesDirs: readonly string[],
): Promise<{ fragments: number; shards: number }> {
	await checkPagefindVersion(pagefindDir);
	const ids = await trimFragments(pagefindDir);
	let count = 0;
	for (const messagesDir of messagesDirs) {
		const shards = (await readdir(messagesDir)).filter((name) => name.endsWith('.json'));
		for (const name of shards) {
			const file = join(messagesDir, name);
			const shard = JSON.parse(await readFile(file, 'utf8')) as unknown;
			await writeFile(file, JSON.stringify(pagefindIdsInShard(shard, ids, file)));
		}
		count += shards.length;
	}
	return { fragments: ids.size, shards: count };
}
