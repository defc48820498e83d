import { getCollection, type CollectionEntry } from 'astro:content';
import { CAUSES, type Cause } from '../schemas/causes.ts';
import type { ProviderEntry } from '../lib/snippets/request-spec.ts';
import { laterDay } from '../lib/dates.ts';
import { errorLinks } from '../lib/paths.ts';

export type QuestionEntry = CollectionEntry<'questions'>;
export type ErrorEntry = CollectionEntry<'errors'>;
export type { ProviderEntry };

/** The whole site's content, with references resolved. Built once per build. */
export interface Site {
	questions: QuestionEntry[];
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

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const questions = (await getCollection('questions')).sort((a, b) =>
		a.data.title.localeCompare(b.data.title),
	);
	const providers = (await getCollection('providers'))
		.map((entry) => ({ id: entry.id, ...entry.data }))
		.sort((a, b) => a.name.localeCompare(b.name));
	// HTTP-level rows (no code) first, then by code as the provider's table numbers them.
	const errors = (await getCollection('errors')).sort(
		(a, b) =>
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
		questions,
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

/** The site's content, loaded on first call and shared by every page of the build. */
export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}
