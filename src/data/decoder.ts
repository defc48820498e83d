import { buildDecoderData } from '../lib/decode/data.ts';
import type { DecoderData } from '../lib/decode/match.ts';
import { loadSite } from './site.ts';

/** The decoder's data for this build: every error signature and the hosts of every provider. */
export async function loadDecoderData(): Promise<DecoderData> {
	const { errors, questions, providers } = await loadSite();
	return buildDecoderData({ errors, questions, providers });
}
