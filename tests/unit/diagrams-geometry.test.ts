import { describe, expect, it } from 'vitest';
import {
	arrowHead,
	box,
	boxPaths,
	edgePaths,
	DIAGRAM_WIDTH,
	diagramProblems,
	edgePath,
	type Diagram,
} from '../../src/lib/diagrams/diagram.ts';
import {
	FONT_SIZE,
	markLetter,
	pairLines,
	spansWidth,
	textWidth,
	wrapText,
} from '../../src/lib/diagrams/text.ts';

describe('text estimates', () => {
	it('gives monospace text 0.6 em per character', () => {
		expect(textWidth('open.bigmodel.cn', 'code')).toBeCloseTo(16 * 0.6 * FONT_SIZE);
	});

	it('makes wide letters, capitals and CJK wider than narrow ones', () => {
		expect(textWidth('mmmm', 'text')).toBeGreaterThan(textWidth('iiii', 'text') * 2);
		expect(textWidth('智谱', 'text')).toBe(2 * FONT_SIZE);
		expect(textWidth('Plan', 'strong')).toBeGreaterThan(textWidth('Plan', 'text'));
	});

	it('wraps text into lines that each fit the width', () => {
		const lines = wrapText('International (platform.moonshot.ai, billed in USD)', 200, 'text');
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('International (platform.moonshot.ai, billed in USD)');
		for (const line of lines) expect(textWidth(line, 'text')).toBeLessThanOrEqual(200);
	});

	it('keeps a pair on one line only when both fit', () => {
		const pair = [
			{ text: 'OpenAI format', kind: 'text' },
			{ text: '/api/paas/v4', kind: 'code' },
		] as const;
		expect(pairLines(pair[0], pair[1], 400)).toEqual([
			[
				{ text: 'OpenAI format ', kind: 'text' },
				{ text: '/api/paas/v4', kind: 'code' },
			],
		]);
		const split = pairLines(pair[0], pair[1], 120);
		expect(split).toEqual([[pair[0]], [pair[1]]]);
		for (const line of split) expect(spansWidth(line)).toBeLessThanOrEqual(120);
	});

	it('letters marks A to Z, then AA', () => {
		expect([0, 1, 25, 26, 27].map(markLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
	});

	it('keeps text at 12 px or more in the 328 px column of a 360 px screen', () => {
		expect((FONT_SIZE * 328) / DIAGRAM_WIDTH).toBeGreaterThanOrEqual(12);
	});
});

describe('edges', () => {
	const elbow = [
		[331, 20],
		[345, 20],
		[345, 60],
	] as const;

	it('draws an elbow with H and V, stopping where the arrowhead starts', () => {
		expect(edgePath(elbow)).toBe('M331 20H345V53');
	});

	it('puts the arrowhead tip on the last point, pointing along the last segment', () => {
		expect(arrowHead(elbow)).toBe('M345 60l-4 -7h8z');
		expect(
			arrowHead([
				[15, 80],
				[29, 80],
			]),
		).toBe('M29 80l-7 -4v8z');
	});

	it('refuses an edge that ends on a slanted segment', () => {
		expect(() =>
			edgePath([
				[0, 0],
				[10, 10],
			]),
		).toThrow(/slanted/);
	});
});

describe('diagramProblems', () => {
	const a = box('a', 'key', { x: 1, y: 1, width: 100 }, [[{ text: 'Key', kind: 'text' }]]);
	const b = box('b', 'host', { x: 1, y: 60, width: 200 }, [
		[{ text: 'api.example.com', kind: 'code' }],
	]);
	const good: Diagram = {
		width: 360,
		height: 100,
		nodes: [a, b],
		labels: [],
		edges: [
			{
				from: 'a',
				to: 'b',
				points: [
					[51, 31],
					[51, 60],
				],
			},
		],
	};

	it('accepts a clean layout', () => {
		expect(diagramProblems(good)).toEqual([]);
	});

	it('reports an edge to a missing box and an edge that misses its box', () => {
		expect(diagramProblems({ ...good, edges: [{ ...good.edges[0]!, to: 'c' }] })).toEqual([
			'edge a → c names a missing box',
		]);
		expect(
			diagramProblems({
				...good,
				edges: [
					{
						...good.edges[0]!,
						points: [
							[51, 31],
							[51, 55],
						],
					},
				],
			}),
		).toEqual(['edge a → b ends off its box']);
	});

	it('reports text wider than its box', () => {
		const narrow = box('a', 'key', { x: 1, y: 1, width: 40 }, [
			[{ text: 'A long label', kind: 'text' }],
		]);
		expect(diagramProblems({ ...good, nodes: [narrow, b], edges: [] })).toEqual([
			'text "A long label" overflows box a',
		]);
	});

	it('reports overlapping boxes, boxes off the canvas and fractional coordinates', () => {
		const overlapping = { ...b, id: 'c', y: 20 };
		expect(diagramProblems({ ...good, nodes: [a, b, overlapping], edges: [] })).toContain(
			'boxes a and c overlap',
		);
		const wide = box('b', 'host', { x: 200, y: 60, width: 200 }, []);
		expect(diagramProblems({ ...good, nodes: [a, wide], edges: [] })).toEqual([
			'box b leaves the canvas',
		]);
		expect(diagramProblems({ ...good, height: 99.5 })).toContain('a coordinate is not an integer');
	});
});

describe('markup helpers', () => {
	it('draws the boxes of each class as one path, in first-seen order', () => {
		const nodes = [
			box('a', 'key', { x: 1, y: 1, width: 100, height: 30 }, []),
			box('b', 'host', { x: 1, y: 40, width: 50, height: 30 }, []),
			box('c', 'cause', { x: 120, y: 1, width: 20, height: 30 }, []),
		];
		expect(boxPaths(nodes)).toEqual([
			{ className: 'dg-k', d: 'M1 1h100v30h-100zM120 1h20v30h-20z' },
			{ className: 'dg-h', d: 'M1 40h50v30h-50z' },
		]);
	});

	it('draws an arrowhead shared by two edges once', () => {
		const into = (y: number) => ({
			from: `k${y}`,
			to: 'h',
			points: [
				[331, y],
				[345, y],
				[345, 85],
			] as const,
		});
		const { lines, heads } = edgePaths([into(16), into(52)]);
		expect(lines).toBe('M331 16H345V78M331 52H345V78');
		expect(heads).toBe('M345 85l-4 -7h8z');
	});
});
