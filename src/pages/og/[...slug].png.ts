import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../data/og.ts';
import { loadSite } from '../../data/site.ts';
import type { OgCard } from '../../lib/og/card-svg.ts';
import { renderOgPng } from '../../lib/og/render-node.ts';
import { ogImagePath } from '../../lib/paths.ts';
import { LOCALES } from '../../lib/i18n.ts';
import { ui } from '../../lib/ui-strings.ts';

/** Cards rendered by an earlier build, so a rebuild redraws only the cards that changed. */
const cacheDir = join(process.cwd(), 'node_modules/.cache/og-images');

// Both editions: a Chinese page's card is `/og/zh/<slug>.png`, in Chinese.
export const getStaticPaths = (async () =>
	(await Promise.all(LOCALES.map(async (locale) => ogCards(await loadSite(locale)))))
		.flat()
		.map(({ pagePath, card }) => ({
			// `/og/<slug>.png` → `<slug>`, so the file lands where ogImagePath says.
			params: { slug: ogImagePath(pagePath).slice('/og/'.length, -'.png'.length) },
			props: { card },
		}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderOgPng(props.card, ui.siteName, cacheDir)), {
		headers: { 'Content-Type': 'image/png' },
	});
