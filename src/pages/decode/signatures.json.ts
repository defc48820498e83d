import type { APIRoute } from 'astro';
import { loadDecoderData } from '../../data/decoder.ts';
import { packDecoderData } from '../../lib/decode/data.ts';

/** Error signatures for the error decoder, packed, fetched by the browser on first use. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(packDecoderData(await loadDecoderData())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
