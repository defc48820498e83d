/**
 * The Open Graph card of a page as an SVG string: pure, so the layout is tested without a font or
 * a rasterizer. Text widths come from a `TextMeasure` the caller supplies (the real font's advance
 * widths at build time, a fixed width per character in tests).
 */

/** Size of the card in pixels, the size social sites show without cropping. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What a card shows, read from the site data. */
export interface OgCard {
	/** The chip above the title: a question's main cause, a provider's kind. */
	kicker: string;
	/** The page title, wrapped onto up to three lines. */
	title: string;
	/** One line at the bottom: a question's providers, the causes of a provider's errors. */
	detail: string;
}

/** Width in pixels of `text` set in the card's font at `size` pixels, bold or regular. */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

/**
 * Draws one line of text at (x, y), the left end of its baseline: an SVG `<text>` element by
 * default; the rasterizer swaps in the font's glyph outlines.
 */
export type TextSetter = (
	content: string,
	x: number,
	y: number,
	size: number,
	bold: boolean,
	fill: string,
) => string;

/** The font family the SVG names; a rasterizer that draws `<text>` must be given this font. */
export const OG_FONT_FAMILY = 'Inter';

const PAD = 80;
const CONTENT = OG_WIDTH - 2 * PAD;
const ACCENT = '#1d4ed8';
const INK = '#0f172a';
const MUTED = '#475569';
const TITLE = { size: 64, lineHeight: 78, maxLines: 3 };

/** Escapes text for an SVG text node or attribute, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
	return (
		text
			// Outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/F) a
			// parser rejects the whole document.
			.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

/**
 * Break units: runs of spaces, single CJK characters (a line may break between any two) and
 * runs of anything else (words, identifiers, URLs).
 */
const BREAK_UNITS =
	/\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]+/gu;

/** Punctuation that closes a phrase in Chinese text (no line may start with it). */
export const CLOSING = /^[，。？！：；、）」』”’】》]$/u;

/**
 * Greedy line wrapping: as many words per line as fit `maxWidth`; a word wider than a line is
 * cut between characters. Past `maxLines`, the last kept line ends in an ellipsis.
 */
export function wrapLines(
	text: string,
	maxWidth: number,
	measure: (text: string) => number,
	maxLines = Number.POSITIVE_INFINITY,
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of text.match(BREAK_UNITS) ?? []) {
		if (/^\s/.test(unit)) {
			if (line !== '') line += ' ';
			continue;
		}
		if (measure(line + unit) <= maxWidth) {
			line += unit;
			continue;
		}
		// Chinese closing punctuation never starts a line: the character before it moves down too.
		if (CLOSING.test(unit) && [...line.trimEnd()].length > 1) {
			const chars = [...line.trimEnd()];
			const carried = chars.pop()!;
			lines.push(chars.join('').trimEnd());
			line = carried + unit;
			continue;
		}
		if (line.trim() !== '') lines.push(line.trimEnd());
		line = '';
		for (const char of unit) {
			if (line !== '' && measure(line + char) > maxWidth) {
				const chars = [...line];
				// As above: a closing mark takes the character before it onto the new line.
				const carried = CLOSING.test(char) && chars.length > 1 ? chars.pop()! : '';
				lines.push(chars.join(''));
				line = carried;
			}
			line += char;
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = [...kept[maxLines - 1]!];
	while (last.length > 0 && measure(`${last.join('')}…`) > maxWidth) last.pop();
	// A cut after a separator would end in "·…"; the ellipsis follows the last word instead.
	kept[maxLines - 1] = `${last.join('').replace(/[\s·,;:]+$/u, '')}…`;
	return kept;
}

/** One line of text, cut with an ellipsis when it is wider than `maxWidth`. */
function fitLine(text: string, maxWidth: number, measure: (text: string) => number): string {
	return wrapLines(text, maxWidth, measure, 1)[0] ?? '';
}

/** The default `TextSetter`: a `<text>` element in the card's font. */
export const textElement: TextSetter = (content, x, y, size, bold, fill) => {
	const weight = bold ? ' font-weight="700"' : '';
	return `<text x="${x}" y="${y}" font-size="${size}"${weight} fill="${fill}">${escapeXml(content)}</text>`;
};

/** The SVG of a card: site name, kicker chip, title (up to three lines) and detail line. */
export function ogCardSvg(
	card: OgCard,
	siteName: string,
	measure: TextMeasure,
	setText: TextSetter = textElement,
): string {
	const kicker = fitLine(card.kicker, CONTENT - 48, (text) => measure(text, 28, true));
	const kickerWidth = measure(kicker, 28, true) + 48;
	const title = wrapLines(
		card.title,
		CONTENT,
		(text) => measure(text, TITLE.size, true),
		TITLE.maxLines,
	);
	const detail = fitLine(card.detail, CONTENT, (text) => measure(text, 32, false));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT_FAMILY}">`,
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
		// The site's favicon mark, drawn at 48 px.
		`<g transform="translate(${PAD} 64) scale(1.5)"><rect width="32" height="32" rx="6" fill="${ACCENT}"/><path d="M9 10h14M9 16h9M9 22h5" stroke="#ffffff" stroke-width="3" stroke-linecap="round"/></g>`,
		setText(siteName, PAD + 68, 100, 32, true, INK),
		`<rect x="${PAD}" y="152" width="${Math.round(kickerWidth)}" height="52" rx="26" fill="#dbeafe"/>`,
		setText(kicker, PAD + 24, 188, 28, true, ACCENT),
		...title.map((line, index) =>
			setText(line, PAD, 300 + index * TITLE.lineHeight, TITLE.size, true, INK),
		),
		setText(detail, PAD, 552, 32, false, MUTED),
		`<rect y="${OG_HEIGHT - 16}" width="${OG_WIDTH}" height="16" fill="${ACCENT}"/>`,
		'</svg>',
	].join('\n');
}
