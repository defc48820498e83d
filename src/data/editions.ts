import { LOCALES, basePath, localePath, type Locale } from '../lib/i18n.ts';
import { loadSite } from './site.ts';

/**
 * The path of a page in each edition that publishes it, for `hreflang` alternates, the language
 * switch and the sitemap. Every route exists in both editions except question pages, which exist
 * in Chinese only once translated.
 */
export async function pageEditions(path: string): Promise<Partial<Record<Locale, string>>> {
	const base = basePath(path);
	const editions: Partial<Record<Locale, string>> = {};
	for (const locale of LOCALES) {
		const site = await loadSite(locale);
		const question = /^\/([^/]+)\/$/.exec(base)?.[1];
		const known = ['providers', 'decode', 'search'];
		if (question && !known.includes(question) && !site.questions.some((q) => q.id === question))
			continue;
		editions[locale] = localePath(base, locale);
	}
	return editions;
}
