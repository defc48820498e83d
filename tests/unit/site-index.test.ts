import { describe, expect, it } from 'vitest';
import { indexedPages, llmsTxt, robotsTxt, sitemapXml } from '../../src/lib/site-index.ts';
import { errorAnchor, errorLinks } from '../../src/lib/paths.ts';
import { formatDay } from '../../src/lib/dates.ts';
import { ui } from '../../src/lib/ui-strings.ts';

const site = new URL('https://triage.example');
const pages = indexedPages({
	questions: [
		{ id: 'b-page', data: { title: 'B & <b>', description: 'About B', updated: '2026-10-01' } },
		{ id: 'a-page', data: { title: 'A', description: 'About A', updated: '2026-11-20' } },
	],
	providers: [{ id: 'zhipu', name: 'Zhipu GLM', shortName: 'Zhipu', updated: '2026-11-25' }],
	home: { title: 'Home', description: 'Home page' },
});

describe('indexedPages', () => {
	it('lists home, each question, the provider overview and each provider', () => {
		expect(pages.map((page) => page.path)).toEqual([
			'/',
			'/b-page/',
			'/a-page/',
			'/providers/',
			'/providers/zhipu/',
			'/search/',
			'/decode/',
		]);
	});
	it('dates home and the overview by the newest change they show', () => {
		expect(pages.find((page) => page.path === '/')!.lastmod).toBe('2026-11-25');
		expect(pages.find((page) => page.path === '/b-page/')!.lastmod).toBe('2026-10-01');
	});
});

describe('sitemapXml', () => {
	it('writes absolute, escaped locations with lastmod', () => {
		const xml = sitemapXml(
			[
				{
					kind: 'question',
					locale: 'en',
					path: '/a&b/',
					title: '',
					description: '',
					lastmod: '2026-11-25',
				},
			],
			site,
		);
		expect(xml).toContain(
			'<url><loc>https://triage.example/a&#38;b/</loc><lastmod>2026-11-25</lastmod></url>',
		);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
	});

	it('links each edition of a page to every edition and x-default, and a lone page to none', () => {
		const page = (locale: 'en' | 'zh', path: string) => ({
			kind: 'question' as const,
			locale,
			path,
			title: '',
			description: '',
			lastmod: '2026-11-25',
		});
		const xml = sitemapXml(
			[page('en', '/a/'), page('zh', '/zh/a/'), page('en', '/only-en/')],
			site,
		);
		const entry = (loc: string) =>
			xml.split('\n').find((line) => line.includes(`<loc>https://triage.example${loc}</loc>`))!;
		const alternates = [
			'<xhtml:link rel="alternate" hreflang="en" href="https://triage.example/a/"/>',
			'<xhtml:link rel="alternate" hreflang="zh-CN" href="https://triage.example/zh/a/"/>',
			'<xhtml:link rel="alternate" hreflang="x-default" href="https://triage.example/a/"/>',
		];
		for (const loc of ['/a/', '/zh/a/'])
			for (const link of alternates) expect(entry(loc)).toContain(link);
		expect(entry('/only-en/')).not.toContain('xhtml:link');
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
	});
});

describe('robotsTxt and llmsTxt', () => {
	it('points robots at the sitemap', () => {
		expect(robotsTxt(site)).toContain('Sitemap: https://triage.example/sitemap.xml');
	});
	it('lists questions and providers under their own headings', () => {
		const text = llmsTxt(pages, site, { name: 'Triage', summary: 'Fixes.' });
		expect(text).toMatch(
			/^# Triage\n\n> Fixes\.\n\n## Questions\n\n- \[B & <b>\]\(https:\/\/triage\.example\/b-page\/\): About B/,
		);
		expect(text).toContain(
			`## Providers\n\n- [${ui.provider.overviewTitle}](https://triage.example/providers/)`,
		);
	});
});

describe('errorAnchor and formatDay', () => {
	it.each([
		[{ code: '1113', status: 429 }, 'code-1113'],
		[{ code: 'Throttling.RateQuota', status: 429 }, 'code-throttling-ratequota'],
		[{ status: 401 }, 'http-401'],
		[{ status: null }, 'http-unknown'],
	] as const)('%j → %s', (error, anchor) => {
		expect(errorAnchor(error)).toBe(anchor);
	});
	it('formats a day the same in any time zone', () => {
		expect(formatDay('2026-01-01')).toBe('1 Jan 2026');
	});
});

describe('errorLinks', () => {
	it('links each error to its first provider page, numbering shared codes as that page does', () => {
		const links = errorLinks([
			{ id: 'a', data: { providers: ['zhipu', 'zai'], code: '1113', status: 429 } },
			{ id: 'b', data: { providers: ['zai'], code: '1113', status: 400 } },
			{ id: 'c', data: { providers: ['zhipu'], status: 401 } },
		]);
		expect([...links]).toEqual([
			['a', '/providers/zhipu/#code-1113'],
			['c', '/providers/zhipu/#http-401'],
			['b', '/providers/zai/#code-1113-2'],
		]);
	});
});
