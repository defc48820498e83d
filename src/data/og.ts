import type { OgCard } from '../lib/og/card-svg.ts';
import { providerCard, questionCard } from '../lib/og/cards.ts';
import { providerPath, questionPath } from '../lib/paths.ts';
import type { ProviderEntry, QuestionEntry, Site } from './site.ts';

/** A question page's Open Graph card, from its frontmatter and its providers' short names. */
export function questionOgCard(entry: QuestionEntry, site: Site): OgCard {
	return questionCard(
		entry.data,
		entry.data.providers.map((id) => site.provider(id).shortName),
	);
}

/** A provider page's Open Graph card, with the causes of the errors its page lists. */
export function providerOgCard(provider: ProviderEntry, site: Site): OgCard {
	return providerCard(
		provider,
		site.errorsFor(provider.id).map((error) => error.data.cause),
	);
}

/** Every page that has an Open Graph card: question pages, then provider pages. */
export function ogCards(site: Site): Array<{ pagePath: string; card: OgCard }> {
	return [
		...site.questions.map((entry) => ({
			pagePath: questionPath(entry.id),
			card: questionOgCard(entry, site),
		})),
		...site.providers.map((provider) => ({
			pagePath: providerPath(provider.id),
			card: providerOgCard(provider, site),
		})),
	];
}
