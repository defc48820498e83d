/**
 * Rasterizes Open Graph cards to PNG at build time. The fonts are read from the
 * `@expo-google-fonts/inter` package once per process and kept (module state): nothing is fetched
 * and no system font is consulted, so every machine renders the same pixels. Text goes to the
 * rasterizer as the font's glyph outlines, each glyph defined once per card, so it parses no font;
 * it renders on libuv's thread pool, beside the page rendering on the main thread; and the PNG is
 * written by our encoder (png.ts). Rendered PNGs may be kept in a cache folder between builds,
 * named by a hash of their SVG and the renderer's versions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { create, type Font } from 'fontkitten';
import { ogCardSvg, type OgCard, type TextMeasure, type TextSetter } from './card-svg.ts';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = {
	regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

/** The version of an installed package, from its package.json beside the file it resolves to. */
function versionOf(name: string): string {
	let dir = dirname(require.resolve(name));
	while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
	const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	return `${name}@${String(version)}`;
}

/** What else decides the pixels besides the SVG: a new rasterizer, font or encoder renders anew. */
const RENDERER = [
	versionOf('@resvg/resvg-js'),
	versionOf('@expo-google-fonts/inter'),
	versionOf('fontkitten'),
	'glyph outlines, indexed PNG',
].join(' ');

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

/** Advance widths in font units, per font and character: a card measures each line several times. */
const advances = new Map<Font, Map<string, number>>();

function advance(font: Font, char: string): number {
	let widths = advances.get(font);
	if (!widths) advances.set(font, (widths = new Map()));
	let width = widths.get(char);
	if (width === undefined) {
		const codePoint = char.codePointAt(0)!;
		width = font.hasGlyphForCodePoint(codePoint)
			? font.glyphForCodePoint(codePoint).advanceWidth
			: font.unitsPerEm;
		widths.set(char, width);
	}
	return width;
}

/** Advance widths from the font itself, without kerning: a line is measured a little wide. */
export const measureText: TextMeasure = (text, size, bold) => {
	const font = bold ? loadedFonts().bold : loadedFonts().regular;
	let units = 0;
	for (const char of text) units += advance(font, char);
	return (units * size) / font.unitsPerEm;
};

/** SVG path data of glyph outlines, by font and glyph id (empty for a space). */
const outlines = new Map<string, string>();

/**
 * A `TextSetter` that draws each character as its glyph's outline, advanced by the same widths
 * `measureText` uses (so a line is exactly as wide as measured), and the `<defs>` that define each
 * glyph the card used, once.
 */
function glyphSetter(): { setText: TextSetter; defs: () => string } {
	const used = new Map<string, string>();
	const setText: TextSetter = (content, x, y, size, bold, fill) => {
		const font = bold ? loadedFonts().bold : loadedFonts().regular;
		const scale = size / font.unitsPerEm;
		let pen = x / scale;
		const uses: string[] = [];
		for (const char of content) {
			const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
			const id = `${bold ? 'b' : 'r'}${glyph.id}`;
			let outline = outlines.get(id);
			if (outline === undefined) outlines.set(id, (outline = glyph.path.toSVG()));
			if (outline !== '') {
				used.set(id, outline);
				uses.push(`<use href="#${id}" x="${pen.toFixed(1)}"/>`);
			}
			pen += advance(font, char);
		}
		// Font units have y pointing up; the group flips them onto the baseline.
		return `<g fill="${fill}" transform="translate(0 ${y}) scale(${scale} ${-scale})">${uses.join('')}</g>`;
	};
	const defs = () =>
		`<defs>${[...used].map(([id, outline]) => `<path id="${id}" d="${outline}"/>`).join('')}</defs>`;
	return { setText, defs };
}
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

/** The card's SVG as the rasterizer gets it: text as glyph outlines. */
export function cardSvg(card: OgCard, siteName: string): string {
	const drawable = {
		kicker: drawableText(card.kicker),
		title: drawableText(card.title),
		detail: drawableText(card.detail),
	};
	const glyphs = glyphSetter();
	const svg = ogCardSvg(drawable, drawableText(siteName), measureText, glyphs.setText);
	return svg.replace(/<\/svg>$/, `${glyphs.defs()}</svg>`);
}

async function rasterize(svg: string): Promise<Buffer> {
	const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
	return await encodePng(image.pixels, image.width, image.height);
}

/**
 * The PNG of a card, 1200 × 630. With `cacheDir`, a card whose SVG was rendered before by the same
 * rasterizer, font and encoder is read back from there (about 1 ms instead of about 10 of CPU).
 */
export async function renderOgPng(
	card: OgCard,
	siteName: string,
	cacheDir?: string,
): Promise<Buffer> {
	const svg = cardSvg(card, siteName);
	if (!cacheDir) return rasterize(svg);
	const key = createHash('sha256').update(RENDERER).update('\n').update(svg).digest('hex');
	const file = join(cacheDir, `${key.slice(0, 32)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = await rasterize(svg);
		mkdirSync(cacheDir, { recursive: true });
		// Written aside and renamed, so a build running at the same time never reads half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, file);
		return png;
	}
}
