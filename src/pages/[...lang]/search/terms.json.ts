import type { APIRoute, GetStaticPaths } from 'astro';
import { localeStaticPaths, localeOf } from '../../../lib/i18n.ts';
import { loadSite } from '../../../data/site.ts';
import { commonWords } from '../../../lib/search/common-words.ts';
import { stringsIn } from '../../../lib/search/cjk-terms.ts';
import { uiFor } from '../../../lib/ui-strings.ts';
import type { SearchTerms } from '../../../components/search/search-engine.ts';

/**
 * What search needs besides Pagefind's index, fetched with it rather than carried by every page:
 * the words a misspelt provider name is corrected to, and the order filter values are listed in.
 * The exact messages are split by key into /search/messages/<shard>.json.
 */
export const getStaticPaths = (() => localeStaticPaths(() => ({}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = localeOf(params.lang);
	const site = await loadSite(locale);
	const { providers } = site;
	const terms: SearchTerms = {
		// Ids and every word of the providers' names.
		names: [
			...new Set(
				providers
					.flatMap((provider) => [
						provider.id,
						...`${provider.name} ${provider.shortName}`.split(/[^A-Za-z.]+/),
					])
					.filter((word) => word.length >= 4),
			),
		],
		causeOrder: Object.values(uiFor(locale).causes),
		providerOrder: providers.map((provider) => provider.shortName),
		// The text each indexed page gives Pagefind, near enough: a question's visible fields,
		// its body without component tags (their props are not text) and its exact messages; a
		// provider page's facts.
		common: commonWords([
			...site.questions
				.map((question) => [question, site.body(question).body] as const)
				.map(([{ data }, body]) => [
					data.title,
					data.shortAnswer,
					...data.keywords,
					...data.steps,
					...data.faq.map((item) => item.q),
					(body ?? '').replace(/<[A-Z][^>]*>/g, ' '),
					...data.errors.flatMap((id) => site.error(id).data.messages.map((m) => m.text)),
				]),
			...providers.map((provider) => stringsIn(provider)),
		]),
	};
	return new Response(JSON.stringify(terms), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
