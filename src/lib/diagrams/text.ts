/**
 * Text sizes for the build-time diagrams. The page's own fonts draw the text (nothing is
 * embedded), so the real widths are unknown at build time: widths are estimated per character
 * class, on the wide side of the system fonts the site names, and every box is sized from them.
 */
import { wrapLines } from '../og/card-svg.ts';

/** How a run of text is set; each kind is a CSS class in the diagrams block of global.css. */
export type SpanKind = 'text' | 'strong' | 'code' | 'note';

/** A run of text in one style. */
export interface Span {
	text: string;
	kind: SpanKind;
}

/** Font size in user units; at 360 px of column the diagrams stay at 12 px or more on screen. */
export const FONT_SIZE = 14;

/** Distance between the baselines of two lines of text. */
export const LINE_HEIGHT = 18;

const CJK =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Advance of one character in em, for proportional text. */
function sansAdvance(char: string): number {
	if (CJK.test(char)) return 1;
	if (/[ijl.,:;'!|]/.test(char)) return 0.3;
	if (/[frt()[\]/\- I]/.test(char)) return 0.36;
	if (/[mwMW@%]/.test(char)) return 0.9;
	if (/[A-Z&]/.test(char)) return 0.72;
	return 0.58;
}

/** Estimated width of `text` in user units when set as `kind`. */
export function textWidth(text: string, kind: SpanKind): number {
	let em = 0;
	for (const char of text) {
		// Monospace fonts advance 0.6 em (Menlo, DejaVu Sans Mono; Consolas is narrower).
		if (kind === 'code') em += CJK.test(char) ? 1 : 0.6;
		else em += sansAdvance(char);
	}
	return em * FONT_SIZE * (kind === 'strong' ? 1.08 : 1);
}

/** Estimated width of spans set one after another on a line. */
export function spansWidth(spans: readonly Span[]): number {
	return spans.reduce((sum, span) => sum + textWidth(span.text, span.kind), 0);
}

/** `text` broken into lines no wider than `maxWidth` when set as `kind`. */
export function wrapText(text: string, maxWidth: number, kind: SpanKind): string[] {
	return wrapLines(text, maxWidth, (line) => textWidth(line, kind));
}

/** Capital letters that pair keys with what they reach: A, B, … Z, then AA. */
export function markLetter(index: number): string {
	const letter = String.fromCharCode(65 + (index % 26));
	return index < 26 ? letter : markLetter(Math.floor(index / 26) - 1) + letter;
}

/**
 * Two runs on one line when they fit `width`, else the first on its own line and the second
 * wrapped under it: "OpenAI format /api/paas/v4", or the path on the next line.
 */
export function pairLines(first: Span, second: Span, width: number): Span[][] {
	const lead = { ...first, text: `${first.text} ` };
	if (spansWidth([lead, second]) <= width) return [[lead, second]];
	return [
		...wrapSpans(first.text, width, first.kind),
		...wrapSpans(second.text, width, second.kind),
	];
}

/** One span per line of `text` wrapped to `width`, all set as `kind`. */
export function wrapSpans(text: string, width: number, kind: SpanKind): Span[][] {
	return wrapText(text, width, kind).map((line) => [{ text: line, kind }]);
}

/** The CSS class of each kind of text; plain text takes the figure's colour and font. */
export const SPAN_CLASS: Record<SpanKind, string | undefined> = {
	text: undefined,
	strong: 'dg-b',
	code: 'dg-m',
	note: 'dg-n',
};
