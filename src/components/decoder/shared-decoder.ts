/**
 * The page's one decoder loader, shared by every decoder box and by search, so the decoder's
 * index and each provider's signatures are fetched once per page. A failed fetch is not kept
 * (see `loadDecoder`): the next text tries again.
 */
import { loadDecoder } from '../../lib/decode/wire.ts';
import { pagePrefix } from '../../lib/page-locale.ts';

let shared: ReturnType<typeof loadDecoder> | undefined;

/** The shared loader, created on first use. */
export function decoder(): ReturnType<typeof loadDecoder> {
	shared ??= loadDecoder(async (path) => {
		// The page's edition: Chinese pages read Chinese titles, actions and page links.
		const response = await fetch(pagePrefix() + path);
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return response.json();
	});
	return shared;
}
