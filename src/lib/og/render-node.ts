/**
 * Rasterizes Open Graph cards to PNG at build time. The fonts are read from the
 * `@expo-google-fonts/inter` package once per process and kept (module state): nothing is fetched
 * and no system font is consulted, so every machine renders the same pixels. Rendered PNGs may be
 * kept in a cache folder between builds, named by a hash of their SVG and the renderer's versions.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { create, type Font } from 'fontkitten';
import { OG_FONT_FAMILY, ogCardSvg, type OgCard, type TextMeasure } from './card-svg.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = {
	regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

/** What else decides the pixels besides the SVG: a new rasterizer or font renders anew. */
const RENDERER = ['@resvg/resvg-js', '@expo-google-fonts/inter']
	.map((name) => {
		const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
		return `${name}@${String(version)}`;
	})
	.join(' ');

let fonts: { regular: Font; bold: Font } | undefined;

function loadFont(path: string): Font {
	const font = create(readFileSync(path));
	if (!('glyphForCodePoint' in font)) throw new Error(`${path} is a font collection, not a font`);
	return font;
}

function loadedFonts() {
	fonts ??= { regular: loadFont(FONT_FILES.regular), bold: loadFont(FONT_FILES.bold) };
	return fonts;
}

/** Advance widths from the font itself, without kerning: a line is measured a little wide. */
export const measureText: TextMeasure = (text, size, bold) => {
	const font = bold ? loadedFonts().bold : loadedFonts().regular;
	let units = 0;
	for (const char of text) {
		const codePoint = char.codePointAt(0)!;
		units += font.hasGlyphForCodePoint(codePoint)
			? font.glyphForCodePoint(codePoint).advanceWidth
			: font.unitsPerEm;
	}
	return (units * size) / font.unitsPerEm;
};

/**
 * The text with each run of characters Inter lacks (CJK above all) replaced by a space: the
 * rasterizer would draw a "no glyph" box for each, which reads as a broken image. A CJK font from
 * npm would add tens of megabytes for text the English titles rarely contain.
 */
export function drawableText(text: string): string {
	const { regular, bold } = loadedFonts();
	const drawable = (char: string) => {
		const codePoint = char.codePointAt(0)!;
		return regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
	};
	return [...text]
		.map((char) => (drawable(char) ? char : ' '))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

function rasterize(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: {
			fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
			loadSystemFonts: false,
			defaultFontFamily: OG_FONT_FAMILY,
		},
	});
	return resvg.render().asPng();
}

/**
 * The PNG of a card, 1200 × 630. With `cacheDir`, a card whose SVG was rendered before by the same
 * rasterizer and font is read back from there (about 1 ms instead of about 30).
 */
export function renderOgPng(card: OgCard, siteName: string, cacheDir?: string): Buffer {
	const drawable = {
		kicker: drawableText(card.kicker),
		title: drawableText(card.title),
		detail: drawableText(card.detail),
	};
	const svg = ogCardSvg(drawable, drawableText(siteName), measureText);
	if (!cacheDir) return rasterize(svg);
	const key = createHash('sha256').update(RENDERER).update('\n').update(svg).digest('hex');
	const file = join(cacheDir, `${key.slice(0, 32)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = rasterize(svg);
		mkdirSync(cacheDir, { recursive: true });
		// Written aside and renamed, so a build running at the same time never reads half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, file);
		return png;
	}
}
