import type { OgCard } from '../lib/og/card-svg.ts';
import { providerCard, questionCard } from '../lib/og/cards.ts';
import { providerPath, questionPath } from '../lib/paths.ts';
import { localePath } from '../lib/i18n.ts';
import { uiFor } from '../lib/ui-strings.ts';
import type { ProviderEntry, QuestionEntry, Site } from './site.ts';

/** A question page's Open Graph card, from its frontmatter and its providers' short names. */
export function questionOgCard(entry: QuestionEntry, site: Site): OgCard {
	return questionCard(
		entry.data,
		entry.data.providers.map((id) => site.provider(id).shortName),
		uiFor(site.locale),
	);
}

/** A provider page's Open Graph card, with the causes of the errors its page lists. */
export function providerOgCard(provider: ProviderEntry, site: Site): OgCard {
	return providerCard(
		provider,
		site.errorsFor(provider.id).map((error) => error.data.cause),
		uiFor(site.locale),
	);
}

/** Every page of the site's edition that has an Open Graph card: questions, then providers. */
export function ogCards(site: Site): Array<{ pagePath: string; card: OgCard }> {
	return [
		...site.questions.map((entry) => ({
			pagePath: localePath(questionPath(entry.id), site.locale),
			card: questionOgCard(entry, site),
		})),
		...site.providers.map((provider) => ({
			pagePath: localePath(providerPath(provider.id), site.locale),
			card: providerOgCard(provider, site),
		})),
	];
}
