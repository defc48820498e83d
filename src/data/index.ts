import { indexedPages, type IndexedPage } from '../lib/site-index.ts';
import { ui } from '../lib/ui-strings.ts';
import { loadSite } from './site.ts';

/** Every page that the sitemap, llms.txt and RSS list, from the loaded content. */
export async function loadIndexedPages(): Promise<IndexedPage[]> {
	const site = await loadSite();
	return indexedPages({
		questions: site.questions,
		providers: site.providers.map((provider) => ({
			...provider,
			updated: site.providerUpdated(provider),
		})),
		home: ui.home,
	});
}
