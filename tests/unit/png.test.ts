import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardSvg } from '../../src/lib/og/render-node.ts';
import { encodePng } from '../../src/lib/og/png.ts';
import { PNG } from 'pngjs';

/**
 * Decodes with pngjs, a decoder that shares no code with ours (it checks the CRCs and handles
 * every colour type and filter), to RGB bytes.
 */
function decodeSimplePng(bytes: Buffer): { width: number; height: number; rgb: Buffer } {
	const { width, height, data } = PNG.sync.read(bytes, { checkCRC: true });
	return { width, height, rgb: rgbOf(data) };
}

/** An opaque RGBA image whose pixel (x, y) has the colour `colour(x, y)` as [r, g, b]. */
function image(width: number, height: number, colour: (x: number, y: number) => number[]) {
	const rgba = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y += 1)
		for (let x = 0; x < width; x += 1) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
	return rgba;
}

/** The RGB bytes of RGBA ones. */
const rgbOf = (rgba: Uint8Array) => Buffer.from(rgba.filter((_, index) => index % 4 !== 3));

/** The colour type byte of a PNG's IHDR: 2 is RGB, 3 indexed. */
const colourType = (png: Buffer) => png[25];

describe('encodePng', () => {
	it('writes an image of at most 256 colours as indexed, and it decodes to the same pixels', async () => {
		const rgba = image(40, 30, (x, y) => [(x + y * 40) % 200, 50, x % 3]);
		const png = await encodePng(rgba, 40, 30);
		expect(colourType(png)).toBe(3);
		expect(decodeSimplePng(png)).toEqual({ width: 40, height: 30, rgb: rgbOf(rgba) });
	});

	it('writes an image of more colours as RGB, and it decodes to the same pixels', async () => {
		const rgba = image(20, 20, (x, y) => [x * 12, y * 12, x + y]);
		const png = await encodePng(rgba, 20, 20);
		expect(colourType(png)).toBe(2);
		expect(decodeSimplePng(png).rgb).toEqual(rgbOf(rgba));
	});

	it('reads pixels from any offset of a larger buffer', async () => {
		const rgba = image(7, 5, (x, y) => [x, y, 200]);
		const shifted = new Uint8Array(rgba.length + 1);
		shifted.set(rgba, 1);
		const view = shifted.subarray(1);
		expect(decodeSimplePng(await encodePng(view, 7, 5)).rgb).toEqual(rgbOf(rgba));
	});

	it('refuses bytes that are not width × height RGBA pixels', async () => {
		await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow('not 2 × 2 RGBA pixels');
	});

	it('encodes a rendered card losslessly, smaller than the rasterizer does', async () => {
		const rendered = new Resvg(
			cardSvg(
				{ kicker: 'Zhipu GLM · 401', title: 'How do you fix GLM API 1113 errors?', detail: 'Z.ai' },
				'LLM API Triage',
			),
		).render();
		const png = await encodePng(rendered.pixels, rendered.width, rendered.height);
		expect(decodeSimplePng(png).rgb).toEqual(rgbOf(rendered.pixels));
		expect(png.length).toBeLessThan(rendered.asPng().length);
	});
});

describe('cardSvg', () => {
	it('draws text as glyph outlines, each defined once and every one it uses defined', () => {
		const svg = cardSvg(
			{ kicker: 'Auth', title: 'Aaa bbb Aaa', detail: 'DeepSeek · Qwen' },
			'LLM API Triage',
		);
		expect(svg).not.toContain('<text');
		const defined = [...svg.matchAll(/<path id="([^"]+)"/g)].map((match) => match[1]);
		const used = new Set([...svg.matchAll(/<use href="#([^"]+)"/g)].map((match) => match[1]));
		expect(new Set(defined).size).toBe(defined.length);
		expect(new Set(defined)).toEqual(used);
		// "A" in the bold title and "A" in the bold site name are one glyph.
		expect(used.size).toBeLessThan(svg.match(/<use /g)!.length);
	});
});
