import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDecoderData } from '../../../data/decoder.ts';
import { localeStaticPaths, localeOf } from '../../../lib/i18n.ts';
import { packDecoderData } from '../../../lib/decode/wire.ts';

export const getStaticPaths = (() => localeStaticPaths(() => ({}))) satisfies GetStaticPaths;

/** What the decoder loads first: providers, code owners, class pages, question pages. */
export const GET: APIRoute = async ({ params }) =>
	new Response(
		JSON.stringify(packDecoderData(await loadDecoderData(localeOf(params.lang))).index),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
