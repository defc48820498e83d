/**
 * What the key diagrams draw, read from a provider's regions: each region (a site, region or plan,
 * usually with keys of its own) goes to the hosts of its base URLs, and each host serves endpoint
 * families: a request format under a base path. Nothing here is written by hand.
 */
import { API_FORMATS, type ApiFormat, type ProviderData } from '../../schemas/provider.ts';

/** What the reader calls each request format, e.g. "OpenAI format". */
export type FamilyNames = Record<ApiFormat, string>;

/** A request format under a base path, e.g. OpenAI format at /api/coding/paas/v4. */
export interface EndpointFamily {
	format: ApiFormat;
	/** The base URL's path, `/` when it has none. */
	path: string;
}

/** One region's way to one host. */
export interface KeyRoute {
	regionId: string;
	/** The region's label as its file gives it. */
	label: string;
	host: string;
	/** What the region's base URLs on this host serve, in the site's format order. */
	families: EndpointFamily[];
}

/** A host and everything that reaches it. */
export interface HostGroup {
	host: string;
	routes: KeyRoute[];
	/** Each family once, with the indexes (in `routes`) of the routes that use it. */
	families: Array<EndpointFamily & { routes: number[] }>;
}

/** The routes of a provider, in region order; a region whose formats use two hosts has two. */
export function keyRoutes(provider: Pick<ProviderData, 'regions'>): KeyRoute[] {
	return provider.regions.flatMap((region) => {
		const routes = new Map<string, KeyRoute>();
		for (const format of API_FORMATS) {
			const endpoint = region[format];
			if (!endpoint) continue;
			const url = new URL(endpoint.baseUrl);
			const route = routes.get(url.host) ?? {
				regionId: region.id,
				label: region.label,
				host: url.host,
				families: [],
			};
			route.families.push({ format, path: url.pathname });
			routes.set(url.host, route);
		}
		return [...routes.values()];
	});
}

/** Routes grouped by host, hosts in the order the regions first reach them. */
export function hostGroups(routes: readonly KeyRoute[]): HostGroup[] {
	const groups = new Map<string, HostGroup>();
	for (const route of routes) {
		const group = groups.get(route.host) ?? { host: route.host, routes: [], families: [] };
		const index = group.routes.push(route) - 1;
		for (const family of route.families) {
			const same = group.families.find(
				(known) => known.format === family.format && known.path === family.path,
			);
			if (same) same.routes.push(index);
			else group.families.push({ ...family, routes: [index] });
		}
		groups.set(route.host, group);
	}
	return [...groups.values()];
}

/**
 * Labels without their trailing parenthesis ("China (Beijing)" → "China"), for a compact map;
 * the full labels are kept when shortening would make two of them the same.
 */
export function shortLabels(labels: readonly string[]): string[] {
	const short = labels.map((label) => label.replace(/\s*\([^()]*\)$/, '') || label);
	return new Set(short).size === new Set(labels).size ? short : [...labels];
}
