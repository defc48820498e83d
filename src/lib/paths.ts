/** Site paths, in one place so that links and the sitemap agree. All end in a slash. */

/** A question page's path. */
export function questionPath(id: string): string {
	return `/${id}/`;
}

/** A provider page's path. */
export function providerPath(id: string): string {
	return `/providers/${id}/`;
}

/** The path of a page's Open Graph image: `/og/<slug>.png`, `/og/providers/<id>.png`. */
export function ogImagePath(pagePath: string): string {
	return `/og/${pagePath.replace(/^\/|\/$/g, '')}.png`;
}

/** A link to a question page, labelled with its title. */
export function questionLink(question: { id: string; data: { title: string } }) {
	return { href: questionPath(question.id), label: question.data.title };
}

/** A link to a provider page, labelled with its full name. */
export function providerLink(provider: { id: string; name: string }) {
	return { href: providerPath(provider.id), label: provider.name };
}

/** The fragment id of an error row on a provider page: `code-1113`, or `http-401` when there is no code. */
export function errorAnchor(error: { code?: string | undefined; status: number | null }): string {
	const raw = error.code ? `code-${error.code}` : `http-${error.status ?? 'unknown'}`;
	return raw
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Anchors for a provider page's error list, in list order: two signatures that share a code (one
 * per status, say) get `code-1113` and `code-1113-2`, so every anchor on the page is unique.
 */
export function errorAnchors(
	errors: ReadonlyArray<{ id: string; data: { code?: string | undefined; status: number | null } }>,
): Map<string, string> {
	const seen = new Map<string, number>();
	return new Map(
		errors.map(({ id, data }) => {
			const base = errorAnchor(data);
			const count = (seen.get(base) ?? 0) + 1;
			seen.set(base, count);
			return [id, count === 1 ? base : `${base}-${count}`];
		}),
	);
}

/**
 * The link to every error's row on the page of its first provider, anchors numbered as that
 * page numbers them (errors in the order the page lists them).
 */
export function errorLinks(
	errors: ReadonlyArray<{
		id: string;
		data: { providers: readonly string[]; code?: string | undefined; status: number | null };
	}>,
): Map<string, string> {
	const links = new Map<string, string>();
	for (const provider of new Set(errors.map((error) => error.data.providers[0]!))) {
		const anchors = errorAnchors(errors.filter((error) => error.data.providers.includes(provider)));
		for (const error of errors) {
			if (error.data.providers[0] === provider)
				links.set(error.id, `${providerPath(provider)}#${anchors.get(error.id)}`);
		}
	}
	return links;
}
