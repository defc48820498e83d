import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../lib/search/cbor.ts';
import { capPositions, chunkBounds, splitWords, type PackedWord } from '../lib/search/rechunk.ts';

/** Pagefind's files are gzip of this signature followed by CBOR. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** A Pagefind file's payload (CBOR for the index, JSON for fragments). */
async function readPagefindFile(path: string): Promise<Buffer> {
	const data = gunzipSync(await readFile(path));
	if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE))
		throw new Error(`${path} is not a Pagefind file`);
	return data.subarray(SIGNATURE.length);
}

async function writePagefindFile(path: string, payload: Uint8Array): Promise<void> {
	await writeFile(path, gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 }));
}

/** The meta file holds [version, pages, index chunks as [from, to, hash], filters, ...]. */
type Meta = [string, unknown, Array<[from: string, to: string, hash: string]>, ...unknown[]];

/**
 * Re-splits every language's word index under `pagefindDir` into chunks of about `target`
 * units, keeping at most `positionsPerPage` positions of a word per page (see
 * src/lib/search/rechunk.ts), rewrites the meta file in place and removes the old chunks.
 * Returns the number of chunks before and after.
 */
export async function rechunkPagefind(
	pagefindDir: string,
	target: number,
	positionsPerPage: number,
): Promise<{ before: number; after: number }> {
	const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string }>;
	};
	let before = 0;
	let after = 0;
	for (const [language, { hash }] of Object.entries(entry.languages)) {
		const metaPath = join(pagefindDir, `pagefind.${hash}.pf_meta`);
		const meta = decodeCbor(await readPagefindFile(metaPath)) as unknown as Meta;
		const oldChunks = meta[2];
		const words: PackedWord[] = [];
		for (const [, , chunkHash] of oldChunks) {
			const chunk = decodeCbor(
				await readPagefindFile(join(pagefindDir, 'index', `${chunkHash}.pf_index`)),
			) as unknown as [PackedWord[]];
			words.push(...chunk[0]);
		}
		const chunks = splitWords(capPositions(words, positionsPerPage), target);
		const bounds = chunkBounds(chunks);
		const used = new Set<string>();
		const newChunks: Meta[2] = [];
		for (const [index, chunk] of chunks.entries()) {
			const data = encodeCbor([chunk] as unknown as CborValue);
			const full = `${language}_${createHash('sha256').update(data).digest('hex')}`;
			let name = full.slice(0, language.length + 8);
			while (used.has(name) && name.length < full.length) name = full.slice(0, name.length + 1);
			used.add(name);
			await writePagefindFile(join(pagefindDir, 'index', `${name}.pf_index`), data);
			newChunks.push([bounds[index]!.from, bounds[index]!.to, name]);
		}
		for (const [, , chunkHash] of oldChunks) {
			if (!used.has(chunkHash))
				await rm(join(pagefindDir, 'index', `${chunkHash}.pf_index`), { force: true });
		}
		meta[2] = newChunks;
		await writePagefindFile(metaPath, encodeCbor(meta as unknown as CborValue));
		before += oldChunks.length;
		after += newChunks.length;
	}
	return { before, after };
}

/**
 * Empties the text Pagefind keeps in each result fragment for excerpts and sub-results. Results
 * show the page's title and short answer (metadata) and never an excerpt, so each fragment
 * shrinks from the whole page's text (about 4 KB gzipped) to its URL, metadata and filters.
 * Returns each page's URL with its Pagefind id (the fragment's name).
 */
export async function trimFragments(pagefindDir: string): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	const folder = join(pagefindDir, 'fragment');
	const files = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
	for (const name of files) {
		const path = join(folder, name);
		const fragment = JSON.parse((await readPagefindFile(path)).toString('utf8')) as {
			url: string;
			content: string;
			anchors: unknown[];
		};
		ids.set(fragment.url, name.replace(/\.pf_fragment$/, ''));
		fragment.content = '';
		fragment.anchors = [];
		await writePagefindFile(path, Buffer.from(JSON.stringify(fragment)));
	}
	return ids;
}

/**
 * Swaps the page URLs in the search's exact-message map (`/search/terms.json`) for Pagefind's
 * page ids, so the engine can lift a quoting page from anywhere in the results without loading
 * fragments to learn their URLs. A page Pagefind did not index is left out.
 */
export async function idsInTerms(
	termsFile: string,
	ids: ReadonlyMap<string, string>,
): Promise<void> {
	const terms = JSON.parse(await readFile(termsFile, 'utf8')) as {
		pages: string[];
		messages: Record<string, number[]>;
	};
	const unknown = new Set(terms.pages.flatMap((url, index) => (ids.has(url) ? [] : [index])));
	terms.pages = terms.pages.map((url) => ids.get(url) ?? '');
	for (const [key, quoting] of Object.entries(terms.messages))
		terms.messages[key] = quoting.filter((index) => !unknown.has(index));
	await writeFile(termsFile, JSON.stringify(terms));
}
