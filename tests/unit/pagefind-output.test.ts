// The build's post-processing of the search index, run on the output of the real, pinned Pagefind
// for a small fixture site (tests/fixtures/pagefind-site.ts): a Pagefind upgrade that changes the
// output's shape or the ranking fails here, not in production.
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	PAGEFIND_VERSION,
	checkPagefindVersion,
	finishPagefindOutput,
} from '../../src/integrations/pagefind-output.ts';
import { createPagefindIndex } from '../../src/integrations/pagefind-index.ts';
import { checkFragment, pagefindIdsInShard } from '../../src/lib/search/pagefind-output.ts';
import { FIXTURE_PAGES, fixtureHtml } from '../fixtures/pagefind-site.ts';

const QUERIES = [
	'invalid api key',
	'Authentication Fails, Your api key: ****abcd is invalid',
	'Incorrect API key provided',
	'rate limit 429',
	'余额不足',
	'context window',
];

interface Result {
	id: string;
	score: number;
	data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: Result[] }>;
}

let work: string;
let before: string;
let after: string;
const realFetch = globalThis.fetch;

/** Pagefind's browser module, loaded from `dir` (one instance per folder). */
async function loadSearch(dir: string): Promise<PagefindApi> {
	const module = (await import(
		/* @vite-ignore */ `${pathToFileURL(join(dir, 'pagefind.js')).href}?${dir}`
	)) as PagefindApi;
	await module.options({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/', noWorker: true });
	await module.init();
	return module;
}

/** Top result ids per query, best first. */
async function topResults(search: PagefindApi): Promise<string[][]> {
	const tops: string[][] = [];
	for (const query of QUERIES)
		tops.push((await search.search(query)).results.slice(0, 3).map((result) => result.id));
	return tops;
}

async function filesIn(dir: string): Promise<Map<string, Buffer>> {
	const files = new Map<string, Buffer>();
	for (const name of await readdir(dir, { recursive: true })) {
		const data = await readFile(join(dir, name)).catch(() => undefined);
		if (data) files.set(name, data);
	}
	return files;
}

/** Indexes the fixture site with the site's settings into `outDir`. */
async function writeIndex(outDir: string, options: { weighted?: boolean } = {}): Promise<void> {
	const index = await createPagefindIndex();
	try {
		for (const page of FIXTURE_PAGES) {
			const content = fixtureHtml(page, options);
			const added = await index.addHTMLFile({ url: `/${page.slug}/`, content });
			expect(added.errors).toEqual([]);
		}
		expect((await index.writeFiles({ outputPath: outDir })).errors).toEqual([]);
	} finally {
		await pagefind.close();
	}
}

beforeAll(async () => {
	// Pagefind's browser module fetches its files; here they are on disk.
	globalThis.fetch = (async (input: string | URL) => {
		const url = String(input);
		if (!url.startsWith('file:')) return realFetch(input);
		return new Response(await readFile(fileURLToPath(url)));
	}) as typeof fetch;
	work = await mkdtemp(join(tmpdir(), 'pagefind-output-'));
	before = join(work, 'before');
	await writeIndex(before);
	after = join(work, 'after');
	await cp(before, after, { recursive: true });
	const messages = join(work, 'messages');
	await mkdir(messages);
	await writeFile(
		join(messages, '0.json'),
		JSON.stringify({ pages: ['/deepseek-auth/', '/glm-balance/'], messages: { abc: [0, 1] } }),
	);
	await finishPagefindOutput(after, [messages]);
}, 60_000);

afterAll(async () => {
	globalThis.fetch = realFetch;
	await rm(work, { recursive: true, force: true });
});

describe('search index post-processing, on the real Pagefind', () => {
	it('runs the Pagefind version it was written for', async () => {
		await expect(checkPagefindVersion(before)).resolves.toBeUndefined();
		const entry = JSON.parse(await readFile(join(before, 'pagefind-entry.json'), 'utf8'));
		expect(entry.version).toBe(PAGEFIND_VERSION);
	});

	it('leaves the word index and the meta file byte for byte as Pagefind wrote them', async () => {
		const [old, now] = [await filesIn(before), await filesIn(after)];
		expect([...now.keys()].sort()).toEqual([...old.keys()].sort());
		for (const [name, data] of old) {
			if (name.startsWith('fragment/')) continue;
			expect(now.get(name)!.equals(data), name).toBe(true);
		}
	});

	it('shrinks every result fragment and keeps its URL and metadata', async () => {
		const [old, now] = [await filesIn(before), await filesIn(after)];
		const fragments = [...old.keys()].filter((name) => name.startsWith('fragment/'));
		expect(fragments).toHaveLength(6);
		for (const name of fragments) expect(now.get(name)!.length).toBeLessThan(old.get(name)!.length);
		const search = await loadSearch(after);
		const [top] = (await search.search('rate limit 429')).results;
		const data = await top!.data();
		expect(data.url).toBe('/rate-limit/');
		expect(data.content).toBe('');
		expect(data.meta['summary']).toBe('A 429 means too many requests.');
	});

	it('ranks the same pages first before and after', async () => {
		const tops = await topResults(await loadSearch(before));
		expect(tops.every((top) => top.length > 0)).toBe(true);
		expect(await topResults(await loadSearch(after))).toEqual(tops);
	});

	it('keeps the boost of an exact message over pages that repeat its words', async () => {
		const search = await loadSearch(after);
		const url = async (query: string) =>
			(await (await search.search(query)).results[0]!.data()).url;
		// key-rotation says every word of the message more often, and only in its text.
		expect(await url('Incorrect API key provided')).toBe('/openai-invalid-key/');
		expect(await url('maximum context length is 8192 tokens')).toBe('/context-window/');
	});

	it('(control) without the weight, the page that repeats the words would win', async () => {
		const unweighted = join(work, 'unweighted');
		await writeIndex(unweighted, { weighted: false });
		const search = await loadSearch(unweighted);
		const [top] = (await search.search('Incorrect API key provided')).results;
		expect((await top!.data()).url).toBe('/key-rotation/');
	});

	it('swaps the exact-message map’s URLs for Pagefind ids', async () => {
		const shard = JSON.parse(await readFile(join(work, 'messages', '0.json'), 'utf8'));
		const search = await loadSearch(after);
		const ids = new Map<string, string>();
		for (const query of ['DeepSeek', '余额不足']) {
			const [top] = (await search.search(query)).results;
			ids.set((await top!.data()).url, top!.id);
		}
		expect(shard.pages).toEqual([ids.get('/deepseek-auth/'), ids.get('/glm-balance/')]);
	});
});

describe('what the post-processing refuses', () => {
	it('an index written by another Pagefind version', async () => {
		const copy = join(work, 'other-version');
		await cp(before, copy, { recursive: true });
		const entryFile = join(copy, 'pagefind-entry.json');
		const entry = JSON.parse(await readFile(entryFile, 'utf8'));
		await writeFile(entryFile, JSON.stringify({ ...entry, version: '9.9.9' }));
		await expect(checkPagefindVersion(copy)).rejects.toThrow(/Pagefind 9\.9\.9.*1\.6\.0/);
	});

	it('a fragment of another shape', () => {
		expect(() => checkFragment({ url: '/a/', content: 1 }, 'x.pf_fragment')).toThrow(
			/x\.pf_fragment: content: expected a string; word_count/,
		);
	});

	it('a message map page that the index does not hold', () => {
		const ids = new Map([['/a/', 'en_1']]);
		expect(() =>
			pagefindIdsInShard({ pages: ['/a/', '/gone/'], messages: {} }, ids, '3.json'),
		).toThrow('3.json points at pages the search index does not hold: /gone/');
		expect(pagefindIdsInShard({ pages: ['/a/'], messages: { k: [0] } }, ids, '3.json')).toEqual({
			pages: ['en_1'],
			messages: { k: [0] },
		});
	});
});
