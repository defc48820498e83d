import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../data/site.ts';
import { providerPath, questionPath } from '../../../../lib/paths.ts';
import { LOCALES, langParam, localeOf, localePath } from '../../../../lib/i18n.ts';
import { MESSAGE_SHARDS, messageKey, messageShard } from '../../../../lib/search/fold-message.ts';
import type { MessageShard } from '../../../../components/search/search-engine.ts';

export const getStaticPaths = (() =>
	LOCALES.flatMap((locale) =>
		Array.from({ length: MESSAGE_SHARDS }, (_, shard) => ({
			params: { lang: langParam(locale), shard: String(shard) },
		})),
	)) satisfies GetStaticPaths;

/**
 * One part of the exact-message map: every error message whose key falls in this shard, with the
 * pages that quote it (the page that fixes it, then its providers' pages), so a pasted message
 * lands on its fix. Pages are URLs here; once the index is written the build swaps them for
 * Pagefind's page ids (src/integrations/pagefind-output.ts).
 */
export const GET: APIRoute = async ({ params }) => {
	const shard = Number(params.shard);
	const locale = localeOf(params.lang);
	const { errors, questions } = await loadSite(locale);
	const published = new Set(questions.map((question) => question.id));
	const map: MessageShard = { pages: [], messages: {} };
	const pageIndex = (path: string) => {
		if (!map.pages.includes(path)) map.pages.push(path);
		return map.pages.indexOf(path);
	};
	for (const { data } of errors) {
		for (const { text } of data.messages) {
			const key = messageKey(text);
			if (messageShard(key) !== shard) continue;
			const quoting = (map.messages[key] ??= []);
			for (const path of [
				...(published.has(data.page) ? [questionPath(data.page)] : []),
				...data.providers.map(providerPath),
			].map((path) => localePath(path, locale))) {
				const index = pageIndex(path);
				if (!quoting.includes(index)) quoting.push(index);
			}
		}
	}
	return new Response(JSON.stringify(map), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
