import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../scripts/check-sources.ts';
import { PROBE_KEY, probe } from '../../scripts/probe.ts';
import { collectSources, pageShows } from '../../src/lib/freshness/sources.ts';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';

// Both freshness scripts against fake servers on 127.0.0.1, with a fetch that refuses any other
// host: each planted fault must be reported, and nothing else.

const requested: string[] = [];
const localFetch: typeof fetch = (input, init) => {
	const url = new URL(input instanceof Request ? input.url : String(input));
	requested.push(url.href);
	if (url.hostname !== '127.0.0.1') throw new Error(`refused to send outside 127.0.0.1: ${url}`);
	return fetch(input, init);
};

function listen(
	handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; base: string }> {
	const server = createServer(handler);
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
		),
	);
}

const servers: Server[] = [];
const folders: string[] = [];
afterAll(() => {
	for (const server of servers) (server.closeAllConnections(), server.close());
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	expect(requested.every((url) => url.startsWith('http://127.0.0.1:'))).toBe(true);
});

/** A content folder with the given files (path below content/ → text). */
function contentFolder(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'triage-freshness-'));
	folders.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, 'content', path, '..'), { recursive: true });
		writeFileSync(join(root, 'content', path), text);
	}
	return join(root, 'content');
}

describe('pageShows', () => {
	it('finds a quote across markup, entities and whitespace, and not a changed one', () => {
		const page =
			'<p>Error: <code>Authentication&nbsp;Fails</code>,\n  Your api key is <b>invalid</b></p>';
		expect(pageShows(page, 'Authentication Fails, Your api key is invalid')).toBe(true);
		expect(pageShows(page, 'Authentication Failed, Your api key is invalid')).toBe(false);
		expect(
			pageShows('| 1113 | `余额不足或无可用资源包,请充值。` |', '余额不足或无可用资源包,请充值。'),
		).toBe(true);
	});
});

describe('check:sources against fake pages', () => {
	let base = '';
	const hits = new Map<string, number>();
	beforeAll(async () => {
		const { server, base: url } = await listen((request, response) => {
			const path = request.url ?? '/';
			hits.set(path, (hits.get(path) ?? 0) + 1);
			expect(request.headers['user-agent']).toMatch(/llm-api-triage-freshness/);
			const pages: Record<string, () => void> = {
				'/ok': () =>
					response.end(
						'<p>Use <code>Authentication Fails,</code> Your   api key: ****abcd is invalid</p>',
					),
				'/gone': () => response.writeHead(404).end('not here'),
				'/old': () => response.writeHead(301, { location: '/new' }).end(),
				'/new': () => response.end('moved here'),
				'/changed': () => response.end('<p>The error now reads: Invalid credentials.</p>'),
				'/flaky': () =>
					hits.get(path) === 1 ? response.writeHead(503).end() : response.end('fine now'),
			};
			pages[path]?.();
			// /slow never answers.
		});
		servers.push(server);
		base = url;
	});

	it('reports the dead page, the timeout, the redirect and the lost quote, and nothing else', async () => {
		const content = contentFolder({
			'errors/a.yaml': [
				'messages:',
				`  - { text: 'Authentication Fails, Your api key: ****abcd is invalid', lang: en, kind: documented, source: ok }`,
				`  - { text: 'Old wording of the error', lang: en, kind: documented, source: changed }`,
				`  - { text: 'Never on any page', lang: en, kind: observed, source: ok }`,
				'sources:',
				`  ok: { url: '${base}/ok', title: OK, checked: 2026-11-25 }`,
				`  gone: { url: '${base}/gone', title: Gone, checked: 2026-11-25 }`,
				`  old: { url: '${base}/old', title: Old, checked: 2026-11-25 }`,
				`  changed: { url: '${base}/changed', title: Changed, checked: 2026-11-25 }`,
				`  slow: { url: '${base}/slow', title: Slow, checked: 2026-11-25 }`,
				`  flaky: { url: '${base}/flaky', title: Flaky, checked: 2026-11-25 }`,
			].join('\n'),
			// The same page cited again by another file: still one request.
			'errors/b.yaml': `sources:\n  same: { url: '${base}/ok', title: OK again, checked: 2026-11-25 }\n`,
		});
		const report = await checkSources({
			content,
			fetch: localFetch,
			// Long enough for a busy machine to answer /ok at once (a retry would count twice).
			timeoutMs: 2000,
			retry: { retries: 1, backoffMs: 20 },
		});
		const byPath = (path: string) =>
			report.sources.find((source) => source.url === `${base}${path}`)!;
		expect(report.sources).toHaveLength(6);
		expect(byPath('/gone').dead).toBe('HTTP 404');
		expect(byPath('/slow').dead).toBe('timeout');
		expect(byPath('/old')).toMatchObject({ finalUrl: `${base}/new`, status: 200 });
		expect(byPath('/old').dead).toBeUndefined();
		expect(byPath('/changed').quotes).toEqual([
			{ file: expect.stringMatching(/a\.yaml$/), text: 'Old wording of the error', found: false },
		]);
		expect(byPath('/ok').quotes.map((quote) => quote.found)).toEqual([true]);
		expect(byPath('/ok').citedBy).toHaveLength(2);
		expect(byPath('/flaky')).toMatchObject({ status: 200 });
		expect(byPath('/flaky').dead).toBeUndefined();
		expect(report).toMatchObject({ dead: 2, redirected: 1, lostQuotes: 1 });
		expect(hits.get('/ok')).toBe(1);
		expect(hits.get('/flaky')).toBe(2);
	});
});

describe('probe against fake providers', () => {
	it('matches the documented 401, and reports the changed body and the silent host', async () => {
		const seen: Array<{ path: string; auth: string }> = [];
		const { server, base } = await listen((request, response) => {
			seen.push({
				path: request.url ?? '',
				auth: String(request.headers['authorization'] ?? request.headers['x-api-key'] ?? ''),
			});
			request.resume();
			request.on('end', () => {
				response.writeHead(401, { 'content-type': 'application/json' });
				if (request.url === '/chat/completions')
					response.end(
						'{"error":{"message":"Authentication Fails, Your api key: ****-key is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}',
					);
				else
					response.end(
						'{"type":"error","error":{"type":"authentication_error","message":"Invalid credentials"}}',
					);
			});
		});
		servers.push(server);
		// A closed port: nothing listens there.
		const closed = await listen(() => undefined);
		const closedBase = closed.base;
		await new Promise((done) => closed.server.close(done));
		const real = (path: string) =>
			readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
		const content = contentFolder({
			'providers/deepseek.yaml': real('providers/deepseek.yaml').replaceAll(
				'https://api.deepseek.com',
				base,
			),
			'providers/moonshot.yaml': real('providers/moonshot.yaml').replace(
				/https:\/\/api\.moonshot\.(cn|ai)/g,
				closedBase,
			),
			'errors/deepseek-authentication-fails.yaml': real(
				'errors/deepseek-authentication-fails.yaml',
			),
		});
		const report = await probe({ content, fetch: localFetch, timeoutMs: 2000 });
		const result = (provider: string, format: string) =>
			report.results.filter((r) => r.provider === provider && r.format === format);
		expect(result('deepseek', 'openai')).toEqual([
			expect.objectContaining({ status: 401, matched: 'deepseek-authentication-fails' }),
		]);
		expect(result('deepseek', 'openai')[0]!.drift).toBeUndefined();
		expect(result('deepseek', 'anthropic')).toEqual([
			expect.objectContaining({
				status: 401,
				drift: 'new-message',
				observed: expect.objectContaining({
					text: 'Invalid credentials',
					kind: 'observed',
					lang: 'en',
				}),
			}),
		]);
		const moonshot = report.results.filter((r) => r.provider === 'moonshot');
		expect(moonshot.length).toBeGreaterThan(0);
		expect(
			moonshot.every((r) => r.drift === 'no-answer' && r.detail === 'connection refused'),
		).toBe(true);
		expect(report.drift).toBe(1 + moonshot.length);
		// Only the fake key was ever sent.
		expect(seen.length).toBe(2);
		expect(seen.every(({ auth }) => auth.endsWith(PROBE_KEY))).toBe(true);
	});
});

describe('the real content', () => {
	it('lists each source URL once, with the documented messages it must show', () => {
		const { set } = loadContentSet(new URL('../..', import.meta.url).pathname);
		const sources = collectSources(set);
		expect(new Set(sources.map((source) => source.url)).size).toBe(sources.length);
		expect(sources.flatMap((source) => source.quotes).length).toBeGreaterThan(50);
	});
});

describe('the command lines', () => {
	it('check:sources takes --content and --report, prints a table and exits 1 on a dead source', async () => {
		const { server, base } = await listen((request, response) => {
			if (request.url === '/ok') response.end('<p>Invalid API key.</p>');
			else response.writeHead(410).end();
		});
		servers.push(server);
		const content = contentFolder({
			'errors/a.yaml': [
				'messages:',
				`  - { text: 'Invalid API key.', lang: en, kind: documented, source: ok }`,
				'sources:',
				`  ok: { url: '${base}/ok', title: OK, checked: 2026-11-25 }`,
				`  gone: { url: '${base}/gone', title: Gone, checked: 2026-11-25 }`,
			].join('\n'),
		});
		const report = join(content, '..', 'sources.json');
		const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
			execFile(
				process.execPath,
				['scripts/check-sources.ts', '--content', content, '--report', report],
				{ cwd: new URL('../..', import.meta.url).pathname },
				(error, stdout) => resolve({ code: error ? (error.code as number) : 0, out: stdout }),
			);
		});
		expect(run.code).toBe(1);
		expect(run.out).toMatch(new RegExp(`DEAD +${base}/gone +HTTP 410`));
		expect(run.out).toMatch(/2 sources: 1 dead, 0 redirected, 0 quotes lost/);
		expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ dead: 1, lostQuotes: 0 });
	});
});
