/**
 * One provider's keys → hosts → endpoint families, laid out top to bottom so that it reads on a
 * phone: for each host, the keys that reach it, an arrow down the right side into the host, and
 * from the host's left side one arrow to each family it serves. Where several keys share a host,
 * letters pair each key with its families.
 */
import type { ProviderData } from '../../schemas/provider.ts';
import {
	box,
	DIAGRAM_WIDTH,
	PAD_X,
	type Diagram,
	type DiagramNode,
	type DiagramEdge,
} from './diagram.ts';
import { hostGroups, keyRoutes, type FamilyNames, type HostGroup } from './key-routes.ts';
import { markLetter, pairLines, textWidth, wrapSpans } from './text.ts';

const W = DIAGRAM_WIDTH;
/** Keys leave room on their right for the arrow down into the host. */
const KEY = { x: 1, width: W - 30 };
const SPINE_RIGHT = W - 15;
const HOST = { x: 1, width: W - 2 };
/** Families sit in from the left, where the arrows from the host run down. */
const FAMILY = { x: 29, width: W - 30 };
const SPINE_LEFT = 15;
const GAP = { key: 6, toHost: 18, toFamily: 10, family: 6, group: 24 };

/** Widest run of mark letters, plus a gap: how far the text after them is indented. */
function markIndent(marks: readonly string[]): number {
	if (marks.length === 0) return 0;
	return Math.ceil(Math.max(...marks.map((mark) => textWidth(mark, 'strong')))) + 6;
}

/** Puts a mark in front of a box's first line, left of the indented text. */
function withMark(node: DiagramNode, mark: string | undefined): DiagramNode {
	if (!mark) return node;
	const first = node.lines[0]!;
	return {
		...node,
		lines: [
			{ x: node.x + PAD_X, y: first.y, spans: [{ text: mark, kind: 'strong' }] },
			...node.lines,
		],
	};
}

/** Lays out one host group from `top`; returns its boxes, edges and bottom. */
function layoutGroup(group: HostGroup, index: number, top: number, names: FamilyNames) {
	const nodes: DiagramNode[] = [];
	const edges: DiagramEdge[] = [];
	const marked = group.routes.length > 1;
	const keyMarks = marked ? group.routes.map((_, i) => markLetter(i)) : [];
	const familyMarks = marked
		? group.families.map((family) => family.routes.map(markLetter).join(' '))
		: [];
	const keyIndent = markIndent(keyMarks);
	const familyIndent = markIndent(familyMarks);
	let y = top;

	const keys = group.routes.map((route, i) => {
		const lines = wrapSpans(route.label, KEY.width - 2 * PAD_X - keyIndent, 'text');
		const node = withMark(
			box(`key-${index}-${i}`, 'key', { ...KEY, y }, lines, keyIndent),
			keyMarks[i],
		);
		y += node.height + GAP.key;
		return node;
	});
	y += GAP.toHost - GAP.key;

	const hostLines = wrapSpans(group.host, HOST.width - 2 * PAD_X, 'code');
	const host = box(`host-${index}`, 'host', { ...HOST, y }, hostLines);
	for (const key of keys) {
		const middle = key.y + Math.round(key.height / 2);
		edges.push({
			from: key.id,
			to: host.id,
			points: [
				[KEY.x + KEY.width, middle],
				[SPINE_RIGHT, middle],
				[SPINE_RIGHT, host.y],
			],
		});
	}
	nodes.push(...keys, host);
	y += host.height + GAP.toFamily;

	for (const [j, family] of group.families.entries()) {
		const width = FAMILY.width - 2 * PAD_X - familyIndent;
		const lines = pairLines(
			{ text: names[family.format], kind: 'text' },
			{ text: family.path, kind: 'code' },
			width,
		);
		const node = withMark(
			box(`family-${index}-${j}`, 'family', { ...FAMILY, y }, lines, familyIndent),
			familyMarks[j],
		);
		const middle = node.y + Math.round(node.height / 2);
		edges.push({
			from: host.id,
			to: node.id,
			points: [
				[SPINE_LEFT, host.y + host.height],
				[SPINE_LEFT, middle],
				[FAMILY.x, middle],
			],
		});
		nodes.push(node);
		y += node.height + GAP.family;
	}
	return { nodes, edges, bottom: y - GAP.family };
}

/** The provider's keys, hosts and endpoint families as a diagram. */
export function layoutKeyHostTree(
	provider: Pick<ProviderData, 'regions'>,
	names: FamilyNames,
): Diagram {
	const nodes: DiagramNode[] = [];
	const edges: DiagramEdge[] = [];
	let y = 1;
	for (const [index, group] of hostGroups(keyRoutes(provider)).entries()) {
		const laid = layoutGroup(group, index, y, names);
		nodes.push(...laid.nodes);
		edges.push(...laid.edges);
		y = laid.bottom + GAP.group;
	}
	return { width: W, height: y - GAP.group + 1, nodes, labels: [], edges };
}
