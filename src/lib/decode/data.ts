import type { Cause } from '../../schemas/causes.ts';
import type { ErrorSignatureData } from '../../schemas/error-signature.ts';
import type { ProviderData } from '../../schemas/provider.ts';
import { errorLinks, questionPath } from '../paths.ts';
import { localePath, type Locale } from '../i18n.ts';
import type { DecoderClassPages, DecoderData } from './match.ts';
import { CLASS_PAGES } from './signals.ts';

/**
 * The longest message text the decoder keeps. Matching looks for a message inside the pasted text,
 * and the score stops growing at 100 characters, so a longer message mostly adds bytes.
 */
export const MESSAGE_HEAD = 100;

/** A message cut to its first `MESSAGE_HEAD` characters, never inside a `${placeholder}`. */
export function cutMessage(text: string): string {
	if (text.length <= MESSAGE_HEAD) return text;
	const head = text.slice(0, MESSAGE_HEAD);
	const open = head.lastIndexOf('${');
	return (open > head.lastIndexOf('}') ? head.slice(0, open) : head).trimEnd();
}

/**
 * Every signature's messages as matching needs them: cut to their head, except where two
 * signatures' messages share a head (OpenAI and Gemini both start "You exceeded your current
 * quota, please check your plan and billing details. For more information"): those stay whole,
 * so the tail still tells them apart.
 */
function messagesForMatching(errors: ReadonlyArray<{ data: ErrorSignatureData }>): string[][] {
	const owners = new Map<string, Set<number>>();
	errors.forEach((error, index) => {
		for (const { text } of error.data.messages) {
			const head = cutMessage(text);
			owners.set(head, (owners.get(head) ?? new Set()).add(index));
		}
	});
	return errors.map((error) => {
		const kept = [
			...new Set(
				error.data.messages.map(({ text }) => {
					const head = cutMessage(text);
					return owners.get(head)!.size > 1 ? text : head;
				}),
			),
		];
		// A message that contains another of the same error's messages matches nothing the shorter one
		// does not (it only scores a little higher): send the shorter one alone.
		const lower = kept.map((text) => text.toLowerCase());
		return kept.filter((_, index) =>
			lower.every((other, at) => at === index || !lower[index]!.includes(other)),
		);
	});
}

/**
 * The decoder's data from the collections: every error signature with its page and its row on
 * its provider's page, and the hosts that identify each provider. Pure, so the JSON endpoint and
 * the tests build the same thing.
 */
export function buildDecoderData(input: {
	errors: ReadonlyArray<{ id: string; data: ErrorSignatureData }>;
	questions: ReadonlyArray<{
		id: string;
		data: { title: string; causes: readonly Cause[]; providers: readonly string[] };
	}>;
	providers: ReadonlyArray<
		{ id: string } & Pick<
			ProviderData,
			| 'shortName'
			| 'name'
			| 'regions'
			| 'website'
			| 'docs'
			| 'errorDocs'
			| 'keyConsole'
			| 'statusPage'
		>
	>;
	/** The edition whose pages the answers link to (English when left out). */
	locale?: Locale;
}): DecoderData {
	const locale = input.locale ?? 'en';
	const titles = new Map(input.questions.map((question) => [question.id, question.data.title]));
	const links = errorLinks(input.errors);
	const messages = messagesForMatching(input.errors);
	return {
		signatures: input.errors.map((error, index) => ({
			providers: error.data.providers,
			status: error.data.status,
			code: error.data.code,
			messages: messages[index]!,
			cause: error.data.cause,
			retry: error.data.retry,
			action: error.data.action,
			page: {
				path: localePath(questionPath(error.data.page), locale),
				title: titles.get(error.data.page) ?? error.data.page,
			},
			anchor: localePath(links.get(error.id)!, locale),
		})),
		classes: classPages(input.questions, locale),
		codeOwners: codeOwners(input.errors),
		providers: input.providers.map((provider) => ({
			id: provider.id,
			docsHosts: docsHosts(provider, input.providers),
			name: provider.shortName,
			names: [
				provider.shortName,
				...provider.name.split(/[()/·,]/).map((part) => part.trim()),
			].filter((name) => name.length >= 3),
			hosts: [
				...new Set(
					provider.regions.flatMap((region) =>
						[region.openai, region.anthropic].flatMap((endpoint) =>
							endpoint ? [new URL(endpoint.baseUrl).hostname] : [],
						),
					),
				),
			],
		})),
	};
}

/** Each provider code (lower case) with the providers whose signatures use it. */
function codeOwners(errors: ReadonlyArray<{ data: ErrorSignatureData }>): Record<string, string[]> {
	const owners: Record<string, string[]> = {};
	for (const { data } of errors) {
		if (!data.code) continue;
		const list = (owners[data.code.toLowerCase()] ??= []);
		for (const provider of data.providers) if (!list.includes(provider)) list.push(provider);
	}
	return owners;
}

type LinkFields = Pick<
	ProviderData,
	'website' | 'docs' | 'errorDocs' | 'keyConsole' | 'statusPage'
>;

/** The hosts of a provider's website, docs, console and status page. */
function linkHosts(provider: LinkFields): string[] {
	return [
		provider.website,
		provider.docs,
		provider.errorDocs,
		provider.keyConsole,
		provider.statusPage,
	]
		.flatMap((link) => (link ? [new URL(link.value).hostname.replace(/^www\./, '')] : []))
		.filter((host, index, all) => all.indexOf(host) === index);
}

/** A provider's link hosts that no other provider has: a docs link in a message names it. */
function docsHosts(
	provider: LinkFields & { id: string },
	all: ReadonlyArray<LinkFields & { id: string }>,
) {
	const others = new Set(all.filter((other) => other.id !== provider.id).flatMap(linkHosts));
	return linkHosts(provider).filter((host) => !others.has(host));
}

/**
 * The pages class answers link: every page a class rule names (src/data/decoder.ts fails the
 * build when one is missing), and per cause the pages about one or two providers.
 */
function classPages(
	questions: ReadonlyArray<{
		id: string;
		data: { title: string; causes: readonly Cause[]; providers: readonly string[] };
	}>,
	locale: Locale,
): DecoderClassPages {
	const pages: DecoderClassPages['pages'] = {};
	const byCause: DecoderClassPages['byCause'] = {};
	for (const id of CLASS_PAGES) {
		const question = questions.find((candidate) => candidate.id === id);
		if (question)
			pages[id] = { path: localePath(questionPath(id), locale), title: question.data.title };
	}
	for (const { id, data } of questions) {
		if (data.providers.length > 2) continue;
		pages[id] = { path: localePath(questionPath(id), locale), title: data.title };
		(byCause[data.causes[0]!] ??= []).push([id, [...data.providers]]);
	}
	return { pages, byCause };
}
