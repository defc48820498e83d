/**
 * Several providers' keys → hosts in one compact map: under each provider's name, one row per
 * key with the key on the left and its host on the right. A row too wide for the diagram puts the
 * host on a line of its own. Optionally each row lists the endpoint families under it.
 */
import type { ProviderData } from '../../schemas/provider.ts';
import {
	ASCENT,
	box,
	boxHeight,
	DIAGRAM_WIDTH,
	PAD_X,
	type Diagram,
	type DiagramEdge,
	type DiagramNode,
	type Point,
	type TextLine,
} from './diagram.ts';
import { keyRoutes, shortLabels, type FamilyNames } from './key-routes.ts';
import { LINE_HEIGHT, pairLines, textWidth, wrapSpans, type Span } from './text.ts';

/** A provider as the map needs it. */
export type MapProvider = Pick<ProviderData, 'shortName' | 'regions'> & { id: string };

const W = DIAGRAM_WIDTH;
const LEFT = 1;
const RIGHT = W - 1;
/** The shortest arrow between a key and its host on one line. */
const ARROW = 24;
/** A key is never wider than this; a longer label wraps. */
const KEY_MAX = 180;
/** Where the arrow runs down from a key to a host on the next line, and where family lines start. */
const DROP_X = 15;
const INDENT = 29;
const GAP = { header: 6, row: 4, toHost: 6, families: 2, provider: 12 };

/** Width of a box around text set as `kind`, rounded up to whole units. */
const boxWidth = (text: string, kind: Span['kind']) => Math.ceil(textWidth(text, kind)) + 2 * PAD_X;

/** Family lines under a row, from `top`: "OpenAI format /v1", or the path on a line of its own. */
function familyLabels(
	families: ReadonlyArray<{ label: string; path: string }>,
	top: number,
): TextLine[] {
	const lines = families.flatMap(({ label, path }) =>
		pairLines({ text: label, kind: 'note' }, { text: path, kind: 'code' }, RIGHT - INDENT),
	);
	return lines.map((spans, i) => ({ x: INDENT, y: top + i * LINE_HEIGHT + ASCENT, spans }));
}

/**
 * A key and its host from `top`: side by side when both fit, else the host on its own line under
 * the key, reached by an arrow down the left and across. Returns the boxes, the edge and the bottom.
 */
function placeRow(id: string, label: string, host: string, top: number) {
	const keyText = wrapSpans(label, KEY_MAX - 2 * PAD_X, 'text');
	const keyWidth = Math.max(...keyText.map(([line]) => boxWidth(line!.text, 'text')));
	const hostText = wrapSpans(host, RIGHT - INDENT - 2 * PAD_X, 'code');
	const hostWidth = Math.max(...hostText.map(([line]) => boxWidth(line!.text, 'code')));
	const key = box(`key-${id}`, 'key', { x: LEFT, y: top, width: keyWidth }, keyText);
	if (hostText.length === 1 && LEFT + keyWidth + ARROW + hostWidth <= RIGHT) {
		// Centred on the key; box heights are all even, so both middles are whole units.
		const y = top + (key.height - boxHeight(1)) / 2;
		const hostBox = box(
			`host-${id}`,
			'host',
			{ x: RIGHT - hostWidth, y, width: hostWidth },
			hostText,
		);
		const middle = top + key.height / 2;
		const points: Point[] = [
			[key.x + key.width, middle],
			[hostBox.x, middle],
		];
		return {
			key,
			host: hostBox,
			edge: { from: key.id, to: hostBox.id, points },
			bottom: top + key.height,
		};
	}
	const y = top + key.height + GAP.toHost;
	const hostBox = box(
		`host-${id}`,
		'host',
		{ x: RIGHT - hostWidth, y, width: hostWidth },
		hostText,
	);
	const middle = y + hostBox.height / 2;
	const points: Point[] = [
		[DROP_X, key.y + key.height],
		[DROP_X, middle],
		[hostBox.x, middle],
	];
	return {
		key,
		host: hostBox,
		edge: { from: key.id, to: hostBox.id, points },
		bottom: y + hostBox.height,
	};
}

/** The map of `providers`' keys and hosts, with the endpoint families under each row if `paths`. */
export function layoutKeyHostMap(
	providers: readonly MapProvider[],
	options: { paths: boolean; family: FamilyNames },
): Diagram {
	const nodes: DiagramNode[] = [];
	const labels: TextLine[] = [];
	const edges: DiagramEdge[] = [];
	let y = 1;
	for (const provider of providers) {
		labels.push({ x: LEFT, y: y + ASCENT, spans: [{ text: provider.shortName, kind: 'strong' }] });
		y += LINE_HEIGHT + GAP.header;
		const short = shortLabels(provider.regions.map((region) => region.label));
		const labelOf = new Map(provider.regions.map((region, i) => [region.id, short[i]!]));
		for (const [i, route] of keyRoutes(provider).entries()) {
			const row = placeRow(`${provider.id}-${i}`, labelOf.get(route.regionId)!, route.host, y);
			nodes.push(row.key, row.host);
			edges.push(row.edge);
			y = row.bottom;
			if (options.paths) {
				const families = route.families.map((family) => ({
					label: options.family[family.format],
					path: family.path,
				}));
				const lines = familyLabels(families, y + GAP.families);
				labels.push(...lines);
				y += GAP.families + lines.length * LINE_HEIGHT;
			}
			y += GAP.row;
		}
		y += GAP.provider - GAP.row;
	}
	return { width: W, height: y - GAP.provider + 1, nodes, labels, edges };
}
