import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { diagramProblems, type Diagram, type DiagramNode } from '../../src/lib/diagrams/diagram.ts';
import { layoutKeyHostMap, type MapProvider } from '../../src/lib/diagrams/key-host-map.ts';
import { layoutKeyHostTree } from '../../src/lib/diagrams/key-host-tree.ts';
import { hostGroups, keyRoutes, shortLabels } from '../../src/lib/diagrams/key-routes.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { providerSchema } from '../../src/schemas/provider.ts';
import { FIXTURE_PROVIDER } from '../fixtures/builder-provider.ts';

const family = ui.diagrams.family;
const root = new URL('../..', import.meta.url).pathname;
const REAL: MapProvider[] = loadContentSet(root).set.providers.map((file) => ({
	id: file.path.replace(/^.*\/|\.yaml$/g, ''),
	...providerSchema.parse(file.data),
}));

/** A provider whose two keys share a host, as Zhipu's general and Coding Plan keys do. */
const SHARED: MapProvider = {
	id: 'shared',
	shortName: 'Shared',
	regions: [
		{
			id: 'cn',
			label: 'China mainland (general API)',
			openai: { baseUrl: 'https://open.example.cn/api/paas/v4', auth: 'bearer', source: 's' },
		},
		{
			id: 'coding',
			label: 'Coding Plan (China)',
			openai: {
				baseUrl: 'https://open.example.cn/api/coding/paas/v4',
				auth: 'bearer',
				source: 's',
			},
			anthropic: { baseUrl: 'https://open.example.cn/api/anthropic', auth: 'bearer', source: 's' },
		},
		{
			id: 'intl',
			label: 'International (a much longer label that has to wrap inside its box)',
			openai: {
				baseUrl: 'https://api.example-intl-platform.com/v1',
				auth: 'bearer',
				source: 's',
			},
			anthropic: { baseUrl: 'https://anthropic.example.com', auth: 'x-api-key', source: 's' },
		},
	],
};

const text = (node: DiagramNode) =>
	node.lines.map((line) => line.spans.map((span) => span.text).join('')).join(' ');
const ofKind = (diagram: Diagram, kind: DiagramNode['kind']) =>
	diagram.nodes.filter((node) => node.kind === kind);
const hasEdge = (diagram: Diagram, from: DiagramNode, to: DiagramNode) =>
	diagram.edges.some((edge) => edge.from === from.id && edge.to === to.id);

describe('keyRoutes and hostGroups', () => {
	it('splits a region whose formats use two hosts, and groups keys that share a host', () => {
		const routes = keyRoutes(SHARED);
		expect(routes.map((route) => [route.regionId, route.host])).toEqual([
			['cn', 'open.example.cn'],
			['coding', 'open.example.cn'],
			['intl', 'api.example-intl-platform.com'],
			['intl', 'anthropic.example.com'],
		]);
		const groups = hostGroups(routes);
		expect(groups.map((group) => group.host)).toEqual([
			'open.example.cn',
			'api.example-intl-platform.com',
			'anthropic.example.com',
		]);
		expect(groups[0]!.families).toEqual([
			{ format: 'openai', path: '/api/paas/v4', routes: [0] },
			{ format: 'openai', path: '/api/coding/paas/v4', routes: [1] },
			{ format: 'anthropic', path: '/api/anthropic', routes: [1] },
		]);
		expect(groups[2]!.families).toEqual([{ format: 'anthropic', path: '/', routes: [0] }]);
	});

	it('shortens labels only while they stay distinct', () => {
		expect(shortLabels(['China (Beijing)', 'Singapore', 'US (Virginia)'])).toEqual([
			'China',
			'Singapore',
			'US',
		]);
		expect(shortLabels(['China (general API)', 'China (Coding Plan)'])).toEqual([
			'China (general API)',
			'China (Coding Plan)',
		]);
	});
});

describe('layoutKeyHostTree', () => {
	it('draws each host once, each key into its host and each family out of it', () => {
		const diagram = layoutKeyHostTree(SHARED, family);
		expect(diagramProblems(diagram)).toEqual([]);
		const hosts = ofKind(diagram, 'host');
		expect(hosts.map(text)).toEqual([
			'open.example.cn',
			'api.example-intl-platform.com',
			'anthropic.example.com',
		]);
		const keys = ofKind(diagram, 'key');
		expect(keys.map(text)).toEqual([
			'A China mainland (general API)',
			'B Coding Plan (China)',
			'International (a much longer label that has to wrap inside its box)',
			'International (a much longer label that has to wrap inside its box)',
		]);
		expect(keys[2]!.lines.length).toBeGreaterThan(1);
		expect(hasEdge(diagram, keys[0]!, hosts[0]!)).toBe(true);
		expect(hasEdge(diagram, keys[1]!, hosts[0]!)).toBe(true);
		expect(hasEdge(diagram, keys[3]!, hosts[2]!)).toBe(true);
		expect(ofKind(diagram, 'family').map(text)).toEqual([
			'A OpenAI format /api/paas/v4',
			'B OpenAI format /api/coding/paas/v4',
			'B Anthropic format /api/anthropic',
			'OpenAI format /v1',
			'Anthropic format /',
		]);
		for (const family of ofKind(diagram, 'family'))
			expect(diagram.edges.filter((edge) => edge.to === family.id)).toHaveLength(1);
	});

	it('stacks groups top to bottom without gaps in the canvas', () => {
		const diagram = layoutKeyHostTree(FIXTURE_PROVIDER, family);
		const bottom = Math.max(...diagram.nodes.map((node) => node.y + node.height));
		expect(diagram.height).toBe(bottom + 1);
		expect(diagram.width).toBe(360);
	});

	describe.each(REAL.map((provider) => [provider.id, provider] as const))('%s', (_, provider) => {
		const diagram = layoutKeyHostTree(provider, family);

		it('lays out without overflow, overlap or loose edges', () => {
			expect(diagramProblems(diagram)).toEqual([]);
		});

		it('shows every host of its base URLs exactly once, and every region label', () => {
			const urls = provider.regions.flatMap((region) =>
				[region.openai, region.anthropic].flatMap((endpoint) =>
					endpoint ? [new URL(endpoint.baseUrl)] : [],
				),
			);
			const hosts = ofKind(diagram, 'host').map(text);
			expect(hosts.toSorted()).toEqual([...new Set(urls.map((url) => url.host))].sort());
			const keys = ofKind(diagram, 'key').map(text).join('\n');
			for (const region of provider.regions) expect(keys).toContain(region.label);
			const families = ofKind(diagram, 'family').map(text).join('\n');
			for (const url of urls) expect(families).toContain(url.pathname);
		});
	});
});

describe('layoutKeyHostMap', () => {
	const byId = (ids: string) => ids.split(' ').map((id) => REAL.find((p) => p.id === id)!);

	it('gives each key one row, with an arrow to its own host', () => {
		const diagram = layoutKeyHostMap([SHARED], { paths: false, family });
		expect(diagramProblems(diagram)).toEqual([]);
		const keys = ofKind(diagram, 'key');
		const hosts = ofKind(diagram, 'host');
		expect(keys.map(text)).toEqual([
			'China mainland',
			'Coding Plan',
			'International',
			'International',
		]);
		expect(hosts.map(text)).toEqual([
			'open.example.cn',
			'open.example.cn',
			'api.example-intl-platform.com',
			'anthropic.example.com',
		]);
		keys.forEach((key, i) => expect(hasEdge(diagram, key, hosts[i]!)).toBe(true));
		expect(diagram.labels.map((label) => label.spans[0]!.text)).toEqual(['Shared']);
	});

	it('puts a host that does not fit beside its key on the next line', () => {
		const diagram = layoutKeyHostMap([SHARED], { paths: false, family });
		const keys = ofKind(diagram, 'key');
		const hosts = ofKind(diagram, 'host');
		expect(hosts[0]!.y).toBe(keys[0]!.y);
		expect(hosts[0]!.x).toBeGreaterThan(keys[0]!.x + keys[0]!.width);
		expect(hosts[2]!.y).toBeGreaterThan(keys[2]!.y + keys[2]!.height);
	});

	it('lists each key’s families under its row when asked', () => {
		const diagram = layoutKeyHostMap([SHARED], { paths: true, family });
		expect(diagramProblems(diagram)).toEqual([]);
		const lines = diagram.labels.slice(1).map((label) => label.spans.map((s) => s.text).join(''));
		expect(lines).toEqual([
			'OpenAI format /api/paas/v4',
			'OpenAI format /api/coding/paas/v4',
			'Anthropic format /api/anthropic',
			'OpenAI format /v1',
			'Anthropic format /',
		]);
		const coding = ofKind(diagram, 'key')[1]!;
		const next = ofKind(diagram, 'key')[2]!;
		const under = diagram.labels.filter((l) => l.y > coding.y + coding.height && l.y < next.y);
		expect(under.map((l) => l.spans.at(-1)!.text)).toEqual([
			'/api/coding/paas/v4',
			'/api/anthropic',
		]);
	});

	it.each([
		['the region page', 'qwen moonshot minimax siliconflow zhipu zai volcengine', false],
		['the Coding Plan page', 'zai zhipu volcengine', true],
		['every provider', REAL.map((p) => p.id).join(' '), true],
	])('lays out the map of %s cleanly, one row per key and host', (_, ids, paths) => {
		const providers = byId(ids);
		const diagram = layoutKeyHostMap(providers, { paths, family });
		expect(diagramProblems(diagram)).toEqual([]);
		const routes = providers.flatMap((provider) => keyRoutes(provider));
		expect(ofKind(diagram, 'host').map(text)).toEqual(routes.map((route) => route.host));
		expect(diagram.edges).toHaveLength(routes.length);
	});
});
