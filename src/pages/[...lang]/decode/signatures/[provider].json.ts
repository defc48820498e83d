import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDecoderData } from '../../../../data/decoder.ts';
import { LOCALES, langParam } from '../../../../lib/i18n.ts';
import { packDecoderData } from '../../../../lib/decode/wire.ts';

export const getStaticPaths = (async () =>
	(
		await Promise.all(
			LOCALES.map(async (locale) =>
				Object.entries(packDecoderData(await loadDecoderData(locale)).files).map(
					([provider, rows]) => ({
						params: { lang: langParam(locale), provider },
						props: { rows },
					}),
				),
			),
		)
	).flat()) satisfies GetStaticPaths;

/** One provider's error signatures for the decoder, loaded when a text points at that provider. */
export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['rows']), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
