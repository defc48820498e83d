import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	escapeXml,
	OG_HEIGHT,
	OG_WIDTH,
	ogCardSvg,
	wrapLines,
	type OgCard,
} from '../../src/lib/og/card-svg.ts';
import { providerCard, questionCard } from '../../src/lib/og/cards.ts';
import { cardSvg, drawableText, measureText, renderOgPng } from '../../src/lib/og/render-node.ts';
import { ogImagePath } from '../../src/lib/paths.ts';
import { pngSize } from '../helpers/png.ts';

/** Ten pixels per character: line breaks in the tables below can be counted by hand. */
const tenPerChar = (text: string) => [...text].length * 10;

describe('escapeXml', () => {
	it.each([
		[
			'markup characters',
			`A & B <b>"c"</b> 'd'`,
			'A &amp; B &lt;b&gt;&quot;c&quot;&lt;/b&gt; &apos;d&apos;',
		],
		['an entity stays literal', '&amp;', '&amp;amp;'],
		['control characters XML forbids', 'a\u0000b\u0008c\u001Fd\tе\n', 'abcd\tе\n'],
		['a lone surrogate', 'x\uD800y', 'xy'],
		['CJK and emoji pass', '身份验证失败 🔑', '身份验证失败 🔑'],
	])('%s', (_name, input, expected) => {
		expect(escapeXml(input)).toBe(expected);
	});
});

describe('wrapLines (10 px per character)', () => {
	it.each([
		['fits on one line', 'Fix GLM 401', 110, Infinity, ['Fix GLM 401']],
		[
			'breaks between words',
			'How do you fix GLM 401',
			100,
			Infinity,
			['How do you', 'fix GLM', '401'],
		],
		['collapses runs of spaces', '  a   b  ', 100, Infinity, ['a b']],
		[
			'cuts a word wider than a line',
			'ANTHROPIC_AUTH_TOKEN ok',
			80,
			Infinity,
			['ANTHROPI', 'C_AUTH_T', 'OKEN ok'],
		],
		[
			'breaks between CJK characters',
			'Header中未收到Authorization',
			100,
			Infinity,
			['Header中未收到', 'Authorizat', 'ion'],
		],
		[
			'never starts a line with Chinese closing punctuation',
			'余额不足怎么办？请充值',
			70,
			Infinity,
			['余额不足怎么', '办？请充值'],
		],
		[
			'ends the last kept line in an ellipsis',
			'one two three four five six',
			90,
			2,
			['one two', 'three…'],
		],
		[
			'puts the ellipsis after a word, not a separator',
			'Zhipu · Z.ai · Moonshot',
			90,
			1,
			['Zhipu…'],
		],
		['gives nothing for blank text', '   ', 100, Infinity, []],
	])('%s', (_name, text, width, maxLines, expected) => {
		expect(wrapLines(text, width, tenPerChar, maxLines)).toEqual(expected);
	});

	it('never returns a line wider than the width', () => {
		const title = 'Why does Kimi API return 429 exceeded_current_quota_error?';
		for (const width of [50, 120, 333, 1040]) {
			for (const line of wrapLines(title, width, tenPerChar)) {
				expect(tenPerChar(line)).toBeLessThanOrEqual(width);
			}
		}
	});
});

describe('cards from site data', () => {
	it('a question card shows its main cause, title and providers', () => {
		expect(
			questionCard(
				{ title: 'How do you fix GLM API Unauthorized errors?', causes: ['auth', 'region'] },
				['Zhipu', 'Z.ai'],
			),
		).toEqual({
			kicker: 'Invalid or missing key',
			title: 'How do you fix GLM API Unauthorized errors?',
			detail: 'Zhipu · Z.ai',
		});
	});

	it('a provider card lists the causes of its errors, most frequent first', () => {
		const card = providerCard({ shortName: 'Zhipu', kind: 'direct' }, [
			'rate-limit',
			'auth',
			'auth',
			'balance',
			'rate-limit',
			'auth',
		]);
		expect(card).toEqual({
			kicker: 'Provider · Direct',
			title: 'Zhipu API: base URLs, auth and error codes',
			detail: 'Errors tracked: Invalid or missing key · Rate limited · Balance or quota exhausted',
		});
	});

	it('a provider without error signatures still gets a detail line', () => {
		expect(providerCard({ shortName: 'X', kind: 'router' }, []).detail).toBe(
			'Base URLs, auth and models',
		);
	});

	it('images live under /og/, named after the page path', () => {
		expect(ogImagePath('/glm-api-unauthorized/')).toBe('/og/glm-api-unauthorized.png');
		expect(ogImagePath('/providers/zhipu/')).toBe('/og/providers/zhipu.png');
	});
});

// The SVGs production rasterizes (text as Inter's glyph outlines) are stored as files
// (tests/snapshots/og/) so a change to the layout shows up as a diff and the card can be opened in
// a browser. Widths come from the real font.
const CARDS: Record<string, OgCard> = {
	'question-two-lines': {
		kicker: 'Invalid or missing key',
		title: 'How do you fix GLM API Unauthorized errors?',
		detail: 'Zhipu · Z.ai',
	},
	'markup-and-long-lines': {
		kicker: 'Relay or proxy in the way',
		title: 'Why does <my> "relay" & proxy drop the Authorization header of every request I send?',
		detail:
			'Anthropic · Zhipu · Z.ai · Moonshot · DeepSeek · Qwen · MiniMax · OpenRouter · SiliconFlow',
	},
};

describe.each(Object.entries(CARDS))('card SVG %s', (name, card) => {
	it('matches its snapshot file, as rasterized: glyph outlines, no text for a font', async () => {
		const svg = cardSvg(card, 'LLM API Triage');
		expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
		expect(svg).not.toContain('<text');
		await expect(svg).toMatchFileSnapshot(`../snapshots/og/${name}.svg`);
	});

	it('escapes its text and keeps the title to three lines', () => {
		const svg = ogCardSvg(card, 'LLM API Triage', measureText);
		expect(svg).not.toMatch(/<(?!\/?(svg|rect|g|path|text)\b)/);
		expect(svg.match(/font-size="64"/g)!.length).toBeLessThanOrEqual(3);
	});
});

describe('renderOgPng', () => {
	const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
	afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

	it('renders a 1200 × 630 PNG', async () => {
		expect(pngSize(await renderOgPng(CARDS['question-two-lines']!, 'LLM API Triage'))).toEqual({
			width: 1200,
			height: 630,
		});
	});

	it('sets Chinese in Noto Sans SC and leaves out characters no font has', async () => {
		expect(drawableText('Header中未收到Authorization参数')).toBe('Header中未收到Authorization参数');
		// Noncharacters are in neither font.
		expect(drawableText('身份\u{10fffd}验证\u{10fffe}失败')).toBe('身份 验证 失败');
		const png = await renderOgPng(
			{ kicker: '余额不足', title: '智谱 API 身份验证失败怎么办？', detail: '智谱 · 通义千问' },
			'LLM API Triage',
		);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});

	it('carries the outline of each glyph a Chinese card uses once, and no other', () => {
		const card = { kicker: '余额不足', title: '余额不足：智谱 1113', detail: '智谱 · Z.ai' };
		const svg = cardSvg(card, 'LLM API Triage');
		const drawn = new Set(
			[...`${card.kicker}${card.title}${card.detail}LLM API Triage`].filter((char) => char.trim()),
		);
		const defined = [...svg.matchAll(/<path id="([^"]+)"/g)].map((match) => match[1]);
		expect(new Set(defined).size).toBe(defined.length);
		// Bold and regular outlines of a character may both be used (the title is bold).
		expect(defined.length).toBeGreaterThanOrEqual(drawn.size);
		expect(defined.length).toBeLessThanOrEqual(drawn.size * 2);
		expect(svg).not.toContain('<text');
	});

	it('reads a card rendered before from the cache folder', async () => {
		const card = CARDS['markup-and-long-lines']!;
		const first = await renderOgPng(card, 'LLM API Triage', cacheDir);
		expect(readdirSync(cacheDir)).toHaveLength(1);
		expect((await renderOgPng(card, 'LLM API Triage', cacheDir)).equals(first)).toBe(true);
		await renderOgPng({ ...card, detail: 'DeepSeek' }, 'LLM API Triage', cacheDir);
		expect(readdirSync(cacheDir)).toHaveLength(2);
	});
});
