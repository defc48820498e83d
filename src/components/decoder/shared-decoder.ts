/**
 * The page's one decoder loader, shared by every decoder box and by search, so the decoder's
 * index and each provider's signatures are fetched once per page. A failed fetch is not kept
 * (see `loadDecoder`): the next text tries again.
 */
import { loadDecoder } from '../../lib/decode/wire.ts';

let shared: ReturnType<typeof loadDecoder> | undefined;

/** The shared loader, created on first use. */
export function decoder(): ReturnType<typeof loadDecoder> {
	shared ??= loadDecoder(async (path) => {
		const response = await fetch(path);
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return response.json();
	});
	return shared;
}
