import type { ApiFormat, ProviderData, Region } from '../schemas/provider.ts';
import { API_FORMATS } from '../schemas/provider.ts';

/** The formats a provider offers in at least one region, in the site's format order. */
export function formatsOf(provider: Pick<ProviderData, 'regions'>): ApiFormat[] {
	return API_FORMATS.filter((format) => provider.regions.some((region) => region[format]));
}

/** The first region that offers `format`, the builder's default for that format. */
export function defaultRegion(
	provider: Pick<ProviderData, 'regions'>,
	format: ApiFormat,
): Region | undefined {
	return provider.regions.find((region) => region[format]);
}

/** The header line a key travels in, as a reader would write it. */
export function authHeaderLine(scheme: 'bearer' | 'x-api-key', envVar: string): string {
	return scheme === 'bearer' ? `Authorization: Bearer $${envVar}` : `x-api-key: $${envVar}`;
}
