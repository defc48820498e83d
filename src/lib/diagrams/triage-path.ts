/**
 * How to read an error, drawn from the error signatures: one HTTP status that a provider returns
 * with several codes, each code leading to its own cause and the page that explains it. The
 * example is a real group of signatures, so the picture changes when the data does.
 */
import type { Cause } from '../../schemas/causes.ts';
import {
	anchor,
	box,
	boxHeight,
	DIAGRAM_WIDTH,
	PAD_X,
	type Diagram,
	type DiagramEdge,
	type DiagramNode,
} from './diagram.ts';
import { pairLines, textWidth, wrapSpans, type Span } from './text.ts';

/** An error signature as the triage picture reads it (the shape of a collection entry). */
export interface TriageSignature {
	id: string;
	data: {
		providers: readonly string[];
		status: number | null;
		code?: string | undefined;
		cause: Cause;
		page: string;
	};
}

/**
 * Signatures of one provider and status whose codes each name one cause: the first signature of
 * each cause, in data order. A code shared by signatures of different causes is left out, since
 * it would not tell the reader which cause they have.
 */
function oneCodePerCause(signatures: readonly TriageSignature[]): TriageSignature[] {
	const causesOf = new Map<string | undefined, Set<Cause>>();
	for (const { data } of signatures) {
		causesOf.set(data.code, (causesOf.get(data.code) ?? new Set()).add(data.cause));
	}
	const byCause = new Map<Cause, TriageSignature>();
	for (const signature of signatures) {
		const { code, cause } = signature.data;
		if (causesOf.get(code)!.size === 1 && !byCause.has(cause)) byCause.set(cause, signature);
	}
	return [...byCause.values()];
}

/**
 * The signatures to draw: of the provider and status pairs whose codes name at least two
 * different causes, the one with the most causes (the first in data order on a tie), one
 * signature per cause up to `limit`. Empty when no status in the data splits that way.
 */
export function pickTriageExample(
	errors: readonly TriageSignature[],
	limit = 2,
): TriageSignature[] {
	const byStatus = new Map<string, TriageSignature[]>();
	for (const error of errors) {
		const { providers, status, code } = error.data;
		if (status === null || code === undefined) continue;
		const key = `${providers[0]} ${status}`;
		byStatus.set(key, [...(byStatus.get(key) ?? []), error]);
	}
	let best: TriageSignature[] = [];
	for (const signatures of byStatus.values()) {
		const rows = oneCodePerCause(signatures);
		if (rows.length >= 2 && rows.length > best.length) best = rows;
	}
	return best.slice(0, limit);
}

/** One branch of the picture, with its words resolved. */
export interface TriageRow {
	status: number;
	/** The provider's short name. */
	provider: string;
	code: string;
	/** The cause in the reader's words. */
	cause: string;
	page: { id: string; title: string };
}

/** The names of the four steps. */
export interface TriageStrings {
	status: string;
	code: string;
	cause: string;
	page: string;
}

const W = DIAGRAM_WIDTH;
const COLUMN_GAP = 12;
const GAP = { fork: 28, step: 20 };

/** Boxes of one step, one per column span, all as tall as the tallest. */
function stepBoxes(
	spans: ReadonlyArray<{ id: string; x: number; width: number; lines: Span[][] }>,
	kind: DiagramNode['kind'],
	y: number,
): DiagramNode[] {
	const height = boxHeight(Math.max(...spans.map((span) => span.lines.length)));
	return spans.map((span) =>
		box(span.id, kind, { x: span.x, y, width: span.width, height }, span.lines),
	);
}

/** Straight down from the bottom of `from` to the top of `to`, at `x`. */
function down(from: DiagramNode, to: DiagramNode, x: number): DiagramEdge {
	return {
		from: from.id,
		to: to.id,
		points: [
			[x, from.y + from.height],
			[x, to.y],
		],
	};
}

/**
 * Status → code → cause → page for rows that share one status: the status on top, a column per
 * row, and one page box across neighbouring columns that lead to the same page.
 */
export function layoutTriagePath(rows: readonly TriageRow[], strings: TriageStrings): Diagram {
	const status = rows[0]?.status;
	if (status === undefined || rows.some((row) => row.status !== status))
		throw new Error('A triage diagram needs rows that share one HTTP status');
	const columnWidth = Math.floor((W - 2 - (rows.length - 1) * COLUMN_GAP) / rows.length);
	const columnX = (i: number) => 1 + i * (columnWidth + COLUMN_GAP);
	const centre = (i: number) => columnX(i) + Math.round(columnWidth / 2);
	const inner = columnWidth - 2 * PAD_X;
	const note = (text: string): Span[] => [{ text, kind: 'note' }];

	const statusText = String(status);
	const statusWidth =
		Math.ceil(Math.max(textWidth(strings.status, 'note'), textWidth(statusText, 'strong'))) +
		2 * PAD_X;
	const statusBox = box(
		'status',
		'status',
		{ x: Math.round((W - statusWidth) / 2), y: 1, width: statusWidth },
		[note(strings.status), [{ text: statusText, kind: 'strong' }]],
	);
	let y = statusBox.y + statusBox.height + GAP.fork;

	const codes = stepBoxes(
		rows.map((row, i) => ({
			id: `code-${i}`,
			x: columnX(i),
			width: columnWidth,
			lines: [
				note(strings.code),
				...pairLines({ text: row.provider, kind: 'text' }, { text: row.code, kind: 'code' }, inner),
			],
		})),
		'code',
		y,
	);
	y = codes[0]!.y + codes[0]!.height + GAP.step;

	const causes = stepBoxes(
		rows.map((row, i) => ({
			id: `cause-${i}`,
			x: columnX(i),
			width: columnWidth,
			lines: [note(strings.cause), ...wrapSpans(row.cause, inner, 'strong')],
		})),
		'cause',
		y,
	);
	y = causes[0]!.y + causes[0]!.height + GAP.step;

	// Neighbouring rows that lead to the same page share one box across their columns.
	const pageSpans: Array<{ first: number; last: number; row: TriageRow }> = [];
	for (const [i, row] of rows.entries()) {
		const previous = pageSpans.at(-1);
		if (previous && previous.row.page.id === row.page.id) previous.last = i;
		else pageSpans.push({ first: i, last: i, row });
	}
	const pages = stepBoxes(
		pageSpans.map(({ first, last, row }, i) => {
			const width = columnX(last) + columnWidth - columnX(first);
			return {
				id: `page-${i}`,
				x: columnX(first),
				width,
				lines: [note(strings.page), ...wrapSpans(row.page.title, width - 2 * PAD_X, 'text')],
			};
		}),
		'page',
		y,
	);

	const [statusX, statusBottom] = anchor(statusBox, 'bottom');
	const forkY = statusBottom + Math.round(GAP.fork / 2);
	const edges: DiagramEdge[] = rows.flatMap((_, i): DiagramEdge[] => {
		const x = centre(i);
		const page = pages[pageSpans.findIndex((span) => span.first <= i && i <= span.last)]!;
		const fork: DiagramEdge =
			x === statusX
				? down(statusBox, codes[i]!, x)
				: {
						from: statusBox.id,
						to: codes[i]!.id,
						points: [
							[statusX, statusBottom],
							[statusX, forkY],
							[x, forkY],
							[x, codes[i]!.y],
						],
					};
		return [fork, down(codes[i]!, causes[i]!, x), down(causes[i]!, page, x)];
	});
	const nodes = [statusBox, ...codes, ...causes, ...pages];
	const bottom = Math.max(...pages.map((page) => page.y + page.height));
	return { width: W, height: bottom + 1, nodes, labels: [], edges };
}
