import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDecoderData } from '../../../data/decoder.ts';
import { packDecoderData } from '../../../lib/decode/wire.ts';

export const getStaticPaths = (async () => {
	const { files } = packDecoderData(await loadDecoderData());
	return Object.entries(files).map(([provider, rows]) => ({
		params: { provider },
		props: { rows },
	}));
}) satisfies GetStaticPaths;

/** One provider's error signatures for the decoder, loaded when a text points at that provider. */
export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['rows']), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
