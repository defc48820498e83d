import { getCollection, type CollectionEntry } from 'astro:content';
import { CAUSES, type Cause } from '../schemas/causes.ts';
import type { ProviderEntry } from '../lib/snippets/request-spec.ts';
import { laterDay } from '../lib/dates.ts';
import { errorLinks } from '../lib/paths.ts';
import { overlayText } from '../lib/content/overlay.ts';
import { LOCALES, langParam, type Locale } from '../lib/i18n.ts';

export type QuestionEntry = CollectionEntry<'questions'>;
export type ErrorEntry = CollectionEntry<'errors'>;
export type { ProviderEntry };

/** The whole site's content, with references resolved. Built once per build. */
export interface Site {
	/** The edition this content is in: English, or Chinese text laid over the English facts. */
	locale: Locale;
	questions: QuestionEntry[];
	/** The entry whose MDX body a question page renders (the translation's, in Chinese). */
	body(question: QuestionEntry): CollectionEntry<'questions'> | CollectionEntry<'questionsZh'>;
	providers: ProviderEntry[];
	errors: ErrorEntry[];
	provider(id: string): ProviderEntry;
	question(id: string): QuestionEntry;
	error(id: string): ErrorEntry;
	/** Question pages whose `providers` include the provider. */
	questionsFor(providerId: string): QuestionEntry[];
	/** Ids of the question pages that list the question as related, in title order. */
	relatedFrom(questionId: string): readonly string[];
	/** Error signatures the provider returns, HTTP-level rows first, then by code. */
	errorsFor(providerId: string): ErrorEntry[];
	/** The link to an error's row on the page of its first provider. */
	errorLink(error: ErrorEntry): string;
	/** Question pages grouped by their main cause, in cause order. */
	questionsByCause(): Map<Cause, QuestionEntry[]>;
	/** The latest day any source of the provider was checked. */
	providerUpdated(provider: ProviderEntry): string;
}

function lookup<T>(items: readonly T[], idOf: (item: T) => string, kind: string) {
	const byId = new Map(items.map((item) => [idOf(item), item]));
	return (id: string): T => {
		const item = byId.get(id);
		// The content check has already rejected dangling references; this guards code paths.
		if (!item) throw new Error(`No ${kind} "${id}"`);
		return item;
	};
}

const cached = new Map<Locale, Promise<Site>>();

/**
 * The content of one edition. In Chinese, a question page exists only where it has a translation
 * (no page falls back to English text); provider and error text is the translation's where there
 * is one, the English otherwise (the content check lists what is missing).
 */
async function load(locale: Locale): Promise<Site> {
	const english = await getCollection('questions');
	const translated =
		locale === 'zh' ? new Map((await getCollection('questionsZh')).map((e) => [e.id, e])) : null;
	const questions: QuestionEntry[] = (
		translated
			? english
					.filter((entry) => translated.has(entry.id))
					.map((entry) => ({
						...entry,
						data: { ...entry.data, ...translated.get(entry.id)!.data },
					}))
			: english
	).sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
	const providerText =
		locale === 'zh'
			? new Map((await getCollection('providersZh')).map((e) => [e.id, e.data]))
			: null;
	const providers = (await getCollection('providers'))
		.map((entry) => ({
			id: entry.id,
			...overlayText(entry.data, providerText?.get(entry.id)),
		}))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
	const errorText =
		locale === 'zh'
			? new Map((await getCollection('errorsZh')).flatMap((group) => Object.entries(group.data)))
			: null;
	// HTTP-level rows (no code) first, then by code as the provider's table numbers them.
	const errors = (await getCollection('errors')).map((entry) => ({
		...entry,
		data: overlayText(entry.data, errorText?.get(entry.id)),
	}));
	errors.sort(
		(a: ErrorEntry, b: ErrorEntry) =>
			(a.data.code ?? '').localeCompare(b.data.code ?? '', 'en', { numeric: true }) ||
			(a.data.status ?? 0) - (b.data.status ?? 0),
	);
	const links = errorLinks(errors);
	// Worked out once: every question page links back to the pages that list it as related, and
	// scanning all pages for each page would grow with the square of the site.
	const backlinks = new Map<string, string[]>();
	for (const question of questions) {
		for (const id of question.data.related) {
			const from = backlinks.get(id) ?? [];
			from.push(question.id);
			backlinks.set(id, from);
		}
	}
	return {
		locale,
		questions,
		body: (question) => translated?.get(question.id) ?? question,
		providers,
		errors,
		provider: lookup(providers, (p) => p.id, 'provider'),
		question: lookup(questions, (q) => q.id, 'question'),
		error: lookup(errors, (e) => e.id, 'error signature'),
		errorLink: (error) => links.get(error.id)!,
		questionsFor: (id) => questions.filter((q) => q.data.providers.includes(id)),
		relatedFrom: (id) => backlinks.get(id) ?? [],
		errorsFor: (id) => errors.filter((e) => e.data.providers.includes(id)),
		questionsByCause: () =>
			new Map(
				CAUSES.map((cause): [Cause, QuestionEntry[]] => [
					cause,
					questions.filter((q) => q.data.causes[0] === cause),
				]).filter(([, group]) => group.length > 0),
			),
		providerUpdated: (provider) =>
			Object.values(provider.sources)
				.map((s) => s.checked)
				.reduce(laterDay),
	};
}

/** An edition's content, loaded on first call and shared by every page of the build. */
export function loadSite(locale: Locale = 'en'): Promise<Site> {
	let site = cached.get(locale);
	if (!site) {
		site = load(locale);
		cached.set(locale, site);
	}
	return site;
}

/**
 * `getStaticPaths` entries for a route with one page per item of each edition (a question, a
 * provider): params `lang` (none for English) and `param` (the item's id), the item as `entry`.
 */
export async function editionEntries<T extends { id: string }, P extends string>(
	param: P,
	items: (site: Site) => readonly T[],
) {
	const editions = await Promise.all(
		LOCALES.map(async (locale) =>
			items(await loadSite(locale)).map((entry) => ({
				params: {
					lang: langParam(locale),
					...({ [param]: entry.id } as Record<P, string>),
				},
				props: { entry },
			})),
		),
	);
	return editions.flat();
}
