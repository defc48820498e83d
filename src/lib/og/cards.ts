import { CAUSES, type Cause } from '../../schemas/causes.ts';
import { en, type UiStrings } from '../ui-strings.ts';
import type { OgCard } from './card-svg.ts';

/** A question page's card: its main cause, its title and the providers it covers. */
export function questionCard(
	question: { title: string; causes: readonly Cause[] },
	providerNames: readonly string[],
	ui: UiStrings = en,
): OgCard {
	return {
		kicker: ui.causes[question.causes[0]!],
		title: question.title,
		detail: providerNames.join(ui.og.separator),
	};
}

/**
 * A provider page's card: its kind, the page title and the causes of the errors we track for it,
 * the most frequent first (ties in the site's cause order).
 */
export function providerCard(
	provider: { shortName: string; kind: keyof UiStrings['kind'] },
	errorCauses: readonly Cause[],
	ui: UiStrings = en,
): OgCard {
	const counts = new Map<Cause, number>();
	for (const cause of errorCauses) counts.set(cause, (counts.get(cause) ?? 0) + 1);
	const causes = [...counts.keys()].sort(
		(a, b) => counts.get(b)! - counts.get(a)! || CAUSES.indexOf(a) - CAUSES.indexOf(b),
	);
	return {
		kicker: ui.og.providerKicker(ui.kind[provider.kind]),
		title: ui.provider.pageTitle(provider.shortName),
		detail:
			causes.length > 0
				? ui.og.providerDetail(causes.map((cause) => ui.causes[cause]).join(ui.og.separator))
				: ui.og.noErrors,
	};
}
