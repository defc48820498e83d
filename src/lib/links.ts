/** The rel of a link to another site: always noopener, and sponsored where the data says so. */
export function externalRel(link: { sponsored?: boolean | undefined } = {}): string {
	return link.sponsored ? 'noopener sponsored' : 'noopener';
}

/**
 * What is wrong with the rel of a link to another site, if anything: it must carry noopener, and
 * carry sponsored exactly when the data marks its URL as sponsored.
 */
export function relProblem(
	href: string,
	rel: string | undefined,
	sponsored: ReadonlySet<string>,
): string | undefined {
	const words = new Set((rel ?? '').split(/\s+/).filter(Boolean));
	if (!words.has('noopener')) return `external link without rel="noopener": ${href}`;
	if (sponsored.has(href) && !words.has('sponsored'))
		return `sponsored link without rel="sponsored": ${href}`;
	if (!sponsored.has(href) && words.has('sponsored'))
		return `rel="sponsored" on a link the data does not mark sponsored: ${href}`;
	return undefined;
}

/** Every URL the provider data marks as sponsored. */
export function sponsoredUrls(providers: ReadonlyArray<Record<string, unknown>>): Set<string> {
	const urls = new Set<string>();
	for (const provider of providers) {
		for (const value of Object.values(provider)) {
			const link = value as { value?: unknown; sponsored?: unknown } | null;
			if (
				link &&
				typeof link === 'object' &&
				link.sponsored === true &&
				typeof link.value === 'string'
			)
				urls.add(link.value);
		}
	}
	return urls;
}
