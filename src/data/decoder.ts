import { buildDecoderData } from '../lib/decode/data.ts';
import type { DecoderData } from '../lib/decode/match.ts';
import { CLASS_PAGES } from '../lib/decode/signals.ts';
import { loadSite } from './site.ts';

/**
 * The decoder's data for this build: every error signature, the hosts of every provider and the
 * pages of the error classes. A class rule naming a page that does not exist stops the build.
 */
export async function loadDecoderData(): Promise<DecoderData> {
	const { errors, questions, providers } = await loadSite();
	const data = buildDecoderData({ errors, questions, providers });
	const missing = CLASS_PAGES.filter((id) => !data.classes.pages[id]);
	if (missing.length > 0)
		throw new Error(
			`The decoder's class rules (src/lib/decode/signals.ts) name pages content/questions does not have: ${missing.join(', ')}`,
		);
	return data;
}
