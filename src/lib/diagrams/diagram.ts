/**
 * The shape every build-time diagram is laid out into, before any markup: boxes with their lines
 * of text, free labels and edges, all in integer user units. The SVG component only draws it, so
 * the tests check the geometry here, and `diagramProblems` fails the build on a bad layout.
 */
import { LINE_HEIGHT, spansWidth, type Span } from './text.ts';

/** Width of every diagram: at a 360 px screen's column it scales to about 0.9, text to 12.7 px. */
export const DIAGRAM_WIDTH = 360;

/** Space between a box's border and its text. */
export const PAD_X = 8;
const PAD_Y = 6;
/** Where a line's baseline sits below the top of its line box. */
export const ASCENT = 13;

/** What a box stands for; the renderer picks its look from it. */
export type NodeKind = 'key' | 'host' | 'family' | 'status' | 'code' | 'cause' | 'page';

/** One line of text: `x` is where it starts, `y` its baseline. */
export interface TextLine {
	x: number;
	y: number;
	spans: Span[];
}

/** A box and the text inside it. */
export interface DiagramNode {
	id: string;
	kind: NodeKind;
	x: number;
	y: number;
	width: number;
	height: number;
	lines: TextLine[];
}

export type Point = readonly [x: number, y: number];

/** A line from one box to another, drawn through `points` and ending in an arrowhead. */
export interface DiagramEdge {
	from: string;
	to: string;
	points: readonly Point[];
}

/** A diagram ready to draw. */
export interface Diagram {
	width: number;
	height: number;
	nodes: DiagramNode[];
	/** Text outside any box, such as a provider's name over its rows. */
	labels: TextLine[];
	edges: DiagramEdge[];
}

/** Height of a box holding `lines` lines of text. */
export function boxHeight(lines: number): number {
	return lines * LINE_HEIGHT + 2 * PAD_Y;
}

/** A box at (x, y) with one line of text per entry of `lines`, set `indent` in from the padding. */
export function box(
	id: string,
	kind: NodeKind,
	at: { x: number; y: number; width: number; height?: number },
	lines: readonly Span[][],
	indent = 0,
): DiagramNode {
	return {
		id,
		kind,
		x: at.x,
		y: at.y,
		width: at.width,
		height: at.height ?? boxHeight(lines.length),
		lines: lines.map((spans, index) => ({
			x: at.x + PAD_X + indent,
			y: lineBaseline(at.y, index),
			spans,
		})),
	};
}

/** Baseline of line `index` of a box whose top is at `top`. */
export function lineBaseline(top: number, index: number): number {
	return top + PAD_Y + index * LINE_HEIGHT + ASCENT;
}

/** Middle of a box's left, right, top or bottom side. */
export function anchor(node: DiagramNode, side: 'left' | 'right' | 'top' | 'bottom'): Point {
	const midX = node.x + Math.round(node.width / 2);
	const midY = node.y + Math.round(node.height / 2);
	if (side === 'left') return [node.x, midY];
	if (side === 'right') return [node.x + node.width, midY];
	if (side === 'top') return [midX, node.y];
	return [midX, node.y + node.height];
}

const HEAD_LENGTH = 7;
const HEAD_HALF = 4;

/** The unit step of the last segment; edges end on a horizontal or vertical segment. */
function lastDirection(points: readonly Point[]): Point {
	const [x1, y1] = points.at(-2)!;
	const [x2, y2] = points.at(-1)!;
	if (x1 !== x2 && y1 !== y2) throw new Error(`Diagram edge ends on a slanted segment: ${points}`);
	return [Math.sign(x2 - x1), Math.sign(y2 - y1)];
}

/** SVG path data for an edge, stopping where its arrowhead begins. */
export function edgePath(points: readonly Point[]): string {
	const [dx, dy] = lastDirection(points);
	const [tipX, tipY] = points.at(-1)!;
	const stops = [...points.slice(0, -1), [tipX - dx * HEAD_LENGTH, tipY - dy * HEAD_LENGTH]];
	let d = `M${stops[0]![0]} ${stops[0]![1]}`;
	for (let i = 1; i < stops.length; i++) {
		const [x, y] = stops[i]!;
		const [px, py] = stops[i - 1]!;
		if (y === py) d += `H${x}`;
		else if (x === px) d += `V${y}`;
		else d += `L${x} ${y}`;
	}
	return d;
}

/** SVG path data for an edge's arrowhead, a triangle whose tip is the edge's last point. */
export function arrowHead(points: readonly Point[]): string {
	const [dx, dy] = lastDirection(points);
	const [x, y] = points.at(-1)!;
	if (dx !== 0) return `M${x} ${y}l${-dx * HEAD_LENGTH} ${-HEAD_HALF}v${2 * HEAD_HALF}z`;
	return `M${x} ${y}l${-HEAD_HALF} ${-dy * HEAD_LENGTH}h${2 * HEAD_HALF}z`;
}

const onSegment = (p: number, a: number, b: number) => p >= Math.min(a, b) && p <= Math.max(a, b);

/** True when `point` lies on the border of `node`. */
export function onBorder(node: DiagramNode, [x, y]: Point): boolean {
	const right = node.x + node.width;
	const bottom = node.y + node.height;
	return (
		((x === node.x || x === right) && onSegment(y, node.y, bottom)) ||
		((y === node.y || y === bottom) && onSegment(x, node.x, right))
	);
}

/** Right end of a line of text, by the width estimate. */
export function lineEnd(line: TextLine): number {
	return line.x + spansWidth(line.spans);
}

/**
 * What is wrong with a layout, one sentence each: an edge to a missing box or off its border,
 * text wider than its box or the canvas, overlapping boxes, coordinates that are not integers.
 */
export function diagramProblems(diagram: Diagram): string[] {
	const problems: string[] = [];
	const byId = new Map(diagram.nodes.map((node) => [node.id, node]));
	if (byId.size !== diagram.nodes.length) problems.push('two boxes share an id');
	const numbers = [
		diagram.width,
		diagram.height,
		...diagram.nodes.flatMap((n) => [n.x, n.y, n.width, n.height]),
		...[...diagram.nodes.flatMap((n) => n.lines), ...diagram.labels].flatMap((l) => [l.x, l.y]),
		...diagram.edges.flatMap((e) => e.points.flat()),
	];
	if (!numbers.every(Number.isInteger)) problems.push('a coordinate is not an integer');
	for (const node of diagram.nodes) {
		if (node.x < 0 || node.y < 0 || node.x + node.width > diagram.width)
			problems.push(`box ${node.id} leaves the canvas`);
		if (node.y + node.height > diagram.height) problems.push(`box ${node.id} is below the canvas`);
		for (const line of node.lines) {
			if (line.x < node.x + PAD_X || lineEnd(line) > node.x + node.width - PAD_X)
				problems.push(`text "${line.spans.map((s) => s.text).join('')}" overflows box ${node.id}`);
			if (line.y > node.y + node.height) problems.push(`text below the bottom of box ${node.id}`);
		}
	}
	for (const line of diagram.labels) {
		if (line.x < 0 || lineEnd(line) > diagram.width || line.y > diagram.height)
			problems.push(`label "${line.spans.map((s) => s.text).join('')}" leaves the canvas`);
	}
	for (const [i, a] of diagram.nodes.entries()) {
		for (const b of diagram.nodes.slice(i + 1)) {
			const apart =
				a.x + a.width <= b.x ||
				b.x + b.width <= a.x ||
				a.y + a.height <= b.y ||
				b.y + b.height <= a.y;
			if (!apart) problems.push(`boxes ${a.id} and ${b.id} overlap`);
		}
	}
	for (const edge of diagram.edges) {
		const from = byId.get(edge.from);
		const to = byId.get(edge.to);
		if (!from || !to) {
			problems.push(`edge ${edge.from} → ${edge.to} names a missing box`);
			continue;
		}
		if (!onBorder(from, edge.points[0]!))
			problems.push(`edge ${edge.from} → ${edge.to} starts off its box`);
		if (!onBorder(to, edge.points.at(-1)!))
			problems.push(`edge ${edge.from} → ${edge.to} ends off its box`);
	}
	return problems;
}

/** Throws with every problem of a layout, so a bad drawing fails the build instead of shipping. */
export function assertDiagram(name: string, diagram: Diagram): Diagram {
	const problems = diagramProblems(diagram);
	if (problems.length > 0) throw new Error(`Diagram ${name}: ${problems.join('; ')}`);
	return diagram;
}

/** The CSS class of each kind of box (see the diagrams block at the end of global.css). */
export const NODE_CLASS: Record<NodeKind, string> = {
	key: 'dg-k',
	host: 'dg-h',
	family: 'dg-f',
	status: 'dg-h',
	code: 'dg-h',
	cause: 'dg-k',
	page: 'dg-f',
};

/**
 * The boxes as one path per class, in first-seen order: one element per look instead of one per
 * box keeps the markup small on pages close to their byte budget.
 */
export function boxPaths(nodes: readonly DiagramNode[]): Array<{ className: string; d: string }> {
	const paths = new Map<string, string>();
	for (const { kind, x, y, width, height } of nodes) {
		const className = NODE_CLASS[kind];
		paths.set(className, `${paths.get(className) ?? ''}M${x} ${y}h${width}v${height}h${-width}z`);
	}
	return [...paths].map(([className, d]) => ({ className, d }));
}

/** Path data of every edge line, and of every distinct arrowhead (shared tips are drawn once). */
export function edgePaths(edges: readonly DiagramEdge[]): { lines: string; heads: string } {
	return {
		lines: edges.map((edge) => edgePath(edge.points)).join(''),
		heads: [...new Set(edges.map((edge) => arrowHead(edge.points)))].join(''),
	};
}
