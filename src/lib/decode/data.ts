import type { Cause } from '../../schemas/causes.ts';
import type { ErrorSignatureData, RetryAdvice } from '../../schemas/error-signature.ts';
import type { ProviderData } from '../../schemas/provider.ts';
import { errorLinks, questionPath } from '../paths.ts';
import type { DecoderData, DecoderSignature } from './match.ts';

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
	questions: ReadonlyArray<{ id: string; data: { title: string } }>;
	providers: ReadonlyArray<{ id: string } & Pick<ProviderData, 'shortName' | 'name' | 'regions'>>;
}): DecoderData {
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
				path: questionPath(error.data.page),
				title: titles.get(error.data.page) ?? error.data.page,
			},
			anchor: links.get(error.id)!,
		})),
		providers: input.providers.map((provider) => ({
			id: provider.id,
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

/**
 * One signature as the JSON file carries it: a row, not an object, with the page as an index into
 * `pages` and no anchor (the browser numbers anchors as the provider pages do).
 */
type PackedSignature = [
	providers: string[],
	status: number | null,
	code: string | null,
	messages: string[],
	cause: Cause,
	retry: RetryAdvice,
	action: string,
	page: number,
];

/** The decoder's data as `/decode/signatures.json` sends it: the smallest form that still reads. */
export interface PackedDecoderData {
	providers: DecoderData['providers'];
	/** Question pages as [path, title]. */
	pages: Array<[path: string, title: string]>;
	signatures: PackedSignature[];
}

/** Packs the data for the wire; `unpackDecoderData` gives back exactly the same data. */
export function packDecoderData(data: DecoderData): PackedDecoderData {
	const pages = new Map<string, number>();
	const pageList: PackedDecoderData['pages'] = [];
	const pageIndex = ({ path, title }: DecoderSignature['page']) => {
		if (!pages.has(path)) {
			pages.set(path, pageList.length);
			pageList.push([path, title]);
		}
		return pages.get(path)!;
	};
	return {
		providers: data.providers,
		pages: pageList,
		signatures: data.signatures.map((signature) => [
			signature.providers,
			signature.status,
			signature.code ?? null,
			signature.messages,
			signature.cause,
			signature.retry,
			signature.action,
			pageIndex(signature.page),
		]),
	};
}

/** The decoder's data from its packed form, anchors numbered again as the provider pages number them. */
export function unpackDecoderData(packed: PackedDecoderData): DecoderData {
	const rows = packed.signatures.map(
		([providers, status, code, messages, cause, retry, action, page], index) => ({
			id: String(index),
			data: {
				providers,
				status,
				code: code ?? undefined,
				messages,
				cause,
				retry,
				action,
				page: { path: packed.pages[page]![0], title: packed.pages[page]![1] },
			},
		}),
	);
	const links = errorLinks(rows);
	return {
		providers: packed.providers,
		signatures: rows.map(({ id, data }) => ({ ...data, anchor: links.get(id)! })),
	};
}
