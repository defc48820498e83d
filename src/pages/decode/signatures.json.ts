import type { APIRoute } from 'astro';
import { loadDecoderData } from '../../data/decoder.ts';

/** Error signatures for the error decoder, fetched by the browser on first use. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await loadDecoderData()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
