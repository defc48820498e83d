/**
 * Rasterizes Open Graph cards to PNG at build time. The fonts are read from the
 * `@expo-google-fonts/inter` and `@expo-google-fonts/noto-sans-sc` packages once per process and
 * kept (module state); a card carries only the outlines of the glyphs it uses. Nothing is fetched
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
/** Chinese text (the Chinese edition's cards, Chinese error strings) is set in Noto Sans SC. */
const CJK_FONT_FILES = {
	regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
	bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
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
	versionOf('@expo-google-fonts/noto-sans-sc'),
	versionOf('fontkitten'),
	'glyph outlines, indexed PNG',
].join(' ');

type Weight = 'regular' | 'bold';
let fonts: Record<Weight, Font> | undefined;
// Read only when a card has a character Inter lacks: the Chinese fonts are about 10 MB each.
let cjkFonts: Record<Weight, Font> | undefined;

function loadFont(path: string): Font {
	const font = create(readFileSync(path));
	if (!('glyphForCodePoint' in font)) throw new Error(`${path} is a font collection, not a font`);
	return font;
}

function loadedFonts() {
	fonts ??= { regular: loadFont(FONT_FILES.regular), bold: loadFont(FONT_FILES.bold) };
	return fonts;
}

function loadedCjkFonts() {
	cjkFonts ??= { regular: loadFont(CJK_FONT_FILES.regular), bold: loadFont(CJK_FONT_FILES.bold) };
	return cjkFonts;
}

/**
 * The font that draws a character: Inter, else Noto Sans SC, else none (the character is left
 * out rather than drawn as a "no glyph" box).
 */
function fontFor(char: string, bold: boolean): Font | undefined {
	const weight: Weight = bold ? 'bold' : 'regular';
	const codePoint = char.codePointAt(0)!;
	const latin = loadedFonts()[weight];
	if (latin.hasGlyphForCodePoint(codePoint)) return latin;
	const cjk = loadedCjkFonts()[weight];
	return cjk.hasGlyphForCodePoint(codePoint) ? cjk : undefined;
}

/** Advance widths in font units, per font and character: a card measures each line several times. */
const advances = new Map<Font, Map<string, number>>();

function advance(font: Font, char: string): number {
	let widths = advances.get(font);
	if (!widths) advances.set(font, (widths = new Map()));
	let width = widths.get(char);
	if (width === undefined) {
		width = font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth;
		widths.set(char, width);
	}
	return width;
}

/** Advance widths from the fonts themselves, without kerning: a line is measured a little wide. */
export const measureText: TextMeasure = (text, size, bold) => {
	let width = 0;
	for (const char of text) {
		const font = fontFor(char, bold);
		if (font) width += (advance(font, char) * size) / font.unitsPerEm;
	}
	return width;
};

/** SVG path data of glyph outlines, by font and glyph id (empty for a space). */
const outlines = new Map<string, string>();
const fontKeys = new Map<Font, string>();

/**
 * A `TextSetter` that draws each character as its glyph's outline, advanced by the same widths
 * `measureText` uses (so a line is exactly as wide as measured), and the `<defs>` that define each
 * glyph the card used, once. A line that mixes Latin and Chinese is drawn as one group per run of
 * one font, each scaled by that font's units per em.
 */
function glyphSetter(): { setText: TextSetter; defs: () => string } {
	const used = new Map<string, string>();
	const setText: TextSetter = (content, x, y, size, bold, fill) => {
		const groups: string[] = [];
		let pen = x;
		let run: { font: Font; start: number; uses: string[] } | undefined;
		const close = () => {
			if (run && run.uses.length > 0) {
				const scale = size / run.font.unitsPerEm;
				// Font units have y pointing up; the group flips them onto the baseline.
				groups.push(
					`<g fill="${fill}" transform="translate(${run.start.toFixed(1)} ${y}) scale(${scale} ${-scale})">${run.uses.join('')}</g>`,
				);
			}
			run = undefined;
		};
		for (const char of content) {
			const font = fontFor(char, bold);
			if (!font) continue;
			if (run?.font !== font) {
				close();
				run = { font, start: pen, uses: [] };
			}
			let key = fontKeys.get(font);
			if (!key) fontKeys.set(font, (key = `f${fontKeys.size}`));
			const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
			const id = `${key}g${glyph.id}`;
			let outline = outlines.get(id);
			if (outline === undefined) outlines.set(id, (outline = glyph.path.toSVG()));
			const offset = ((pen - run.start) * font.unitsPerEm) / size;
			if (outline !== '') {
				used.set(id, outline);
				run.uses.push(`<use href="#${id}" x="${offset.toFixed(1)}"/>`);
			}
			pen += (advance(font, char) * size) / font.unitsPerEm;
		}
		close();
		return groups.join('');
	};
	const defs = () =>
		`<defs>${[...used].map(([id, outline]) => `<path id="${id}" d="${outline}"/>`).join('')}</defs>`;
	return { setText, defs };
}

/**
 * The text with each run of characters no font of the card has replaced by a space, so the
 * rasterizer never draws a "no glyph" box (which reads as a broken image).
 */
export function drawableText(text: string): string {
	const drawable = (char: string) =>
		/\s/.test(char) || (fontFor(char, false) !== undefined && fontFor(char, true) !== undefined);
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
