import { DEFAULT_LOCALE, LOCALES, basePath, localePath, type Locale } from '../lib/i18n.ts';
import { questionPath } from '../lib/paths.ts';
import { loadSite } from './site.ts';

/**
 * The path of a page in each edition that publishes it, for `hreflang` alternates, the language
 * switch and the sitemap. Every route exists in both editions except question pages, which exist
 * in Chinese only once translated.
 */
export async function pageEditions(path: string): Promise<Partial<Record<Locale, string>>> {
	const base = basePath(path);
	// Every question has its English page; the path names one when it is that page's path.
	const question = (await loadSite(DEFAULT_LOCALE)).questions.find(
		(entry) => questionPath(entry.id) === base,
	);
	const editions: Partial<Record<Locale, string>> = {};
	for (const locale of LOCALES) {
		const site = await loadSite(locale);
		if (question && !site.questions.some((entry) => entry.id === question.id)) continue;
		editions[locale] = localePath(base, locale);
	}
	return editions;
}
