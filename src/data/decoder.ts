import { buildDecoderData } from '../lib/decode/data.ts';
import type { DecoderData } from '../lib/decode/match.ts';
import { CLASS_PAGES } from '../lib/decode/signals.ts';
import { loadSite } from './site.ts';
import type { Locale } from '../lib/i18n.ts';

/**
 * The decoder's data for this build: every error signature, the hosts of every provider and the
 * pages of the error classes. A class rule naming a page that does not exist stops the build.
 */
export async function loadDecoderData(locale: Locale = 'en'): Promise<DecoderData> {
	const { errors, questions, providers } = await loadSite(locale);
	const data = buildDecoderData({ errors, questions, providers, locale });
	const missing = CLASS_PAGES.filter((id) => !data.classes.pages[id]);
	// The Chinese edition publishes only translated pages; the content check lists the others.
	if (missing.length > 0 && locale === 'en')
		throw new Error(
			`The decoder's class rules (src/lib/decode/signals.ts) name pages content/questions does not have: ${missing.join(', ')}`,
		);
	return data;
}
