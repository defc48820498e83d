import type { APIRoute } from 'astro';
import { loadDecoderData } from '../../data/decoder.ts';
import { packDecoderData } from '../../lib/decode/wire.ts';

/** What the decoder loads first: providers, code owners, class pages, question pages. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(packDecoderData(await loadDecoderData()).index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
