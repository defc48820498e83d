import { LOCALES } from '../lib/i18n.ts';
import { indexedPages, type IndexedPage } from '../lib/site-index.ts';
import { uiFor } from '../lib/ui-strings.ts';
import { loadSite } from './site.ts';

/** Every page of both editions that the sitemap and llms.txt list, from the loaded content. */
export async function loadIndexedPages(): Promise<IndexedPage[]> {
	const editions = await Promise.all(
		LOCALES.map(async (locale) => {
			const site = await loadSite(locale);
			return indexedPages({
				questions: site.questions,
				providers: site.providers.map((provider) => ({
					...provider,
					updated: site.providerUpdated(provider),
				})),
				home: uiFor(locale).home,
				locale,
			});
		}),
	);
	return editions.flat();
}
