/**
 * The decoder's data as the browser loads it, split so that a reader pays for one provider's
 * signatures, not all of them: `/decode/index.json` holds what tells providers apart (hosts,
 * names, which provider owns each code), the class pages and the question pages;
 * `/decode/signatures/<provider>.json` holds the signatures of one provider (a signature of
 * several providers is in each of their files). `loadDecoder` fetches the index and then only
 * the files a text needs, and decodes exactly as `decodeError` would with all the data.
 */
import type { Cause } from '../../schemas/causes.ts';
import type { RetryAdvice } from '../../schemas/error-signature.ts';
import { decodeError, inferProvider, type DecodeResult, type DecoderData } from './match.ts';
import { parseErrorText } from './parse.ts';

/** One signature as a provider file carries it: a row, its page an index into the index's pages. */
type PackedSignature = [
	id: number,
	providers: string[],
	status: number | null,
	code: string | null,
	messages: string[],
	cause: Cause,
	retry: RetryAdvice,
	action: string,
	page: number,
	anchor: string,
];

/** `/decode/index.json`. */
export interface PackedDecoderIndex {
	providers: DecoderData['providers'];
	classes: DecoderData['classes'];
	codeOwners: DecoderData['codeOwners'];
	/** Question pages as [path, title]. */
	pages: Array<[path: string, title: string]>;
}

/** The index and every provider's file, as the build writes them. */
export function packDecoderData(data: DecoderData): {
	index: PackedDecoderIndex;
	files: Record<string, PackedSignature[]>;
} {
	const pages: PackedDecoderIndex['pages'] = [];
	const pageIndex = (path: string, title: string) => {
		const at = pages.findIndex(([known]) => known === path);
		if (at >= 0) return at;
		pages.push([path, title]);
		return pages.length - 1;
	};
	const rows = data.signatures.map((signature, id): PackedSignature => [
		id,
		signature.providers,
		signature.status,
		signature.code ?? null,
		signature.messages,
		signature.cause,
		signature.retry,
		signature.action,
		pageIndex(signature.page.path, signature.page.title),
		signature.anchor,
	]);
	const files = Object.fromEntries(
		data.providers.map(({ id }) => [id, rows.filter((row) => row[1].includes(id))]),
	);
	return {
		index: {
			providers: data.providers,
			classes: data.classes,
			codeOwners: data.codeOwners,
			pages,
		},
		files,
	};
}

/** The decoder's data from the index and the provider files loaded so far, each signature once. */
export function unpackDecoderData(
	index: PackedDecoderIndex,
	files: ReadonlyArray<readonly PackedSignature[]>,
): DecoderData {
	const rows = new Map<number, PackedSignature>();
	for (const file of files) for (const row of file) rows.set(row[0], row);
	return {
		providers: index.providers,
		classes: index.classes,
		codeOwners: index.codeOwners,
		signatures: [...rows.values()]
			.sort((a, b) => a[0] - b[0])
			.map(([, providers, status, code, messages, cause, retry, action, page, anchor]) => ({
				providers,
				status,
				code: code ?? undefined,
				messages,
				cause,
				retry,
				action,
				page: { path: index.pages[page]![0], title: index.pages[page]![1] },
				anchor,
			})),
	};
}

/** Reads a JSON file of the decoder's data; the browser passes `fetch`, tests read the build. */
export type ReadJson = (path: string) => Promise<unknown>;

/**
 * A decoder that loads its data as texts need it. State: the index and the provider files
 * loaded so far, kept for the page's lifetime (a second paste of the same provider loads nothing).
 */
export function loadDecoder(read: ReadJson): {
	decode: (text: string, chosenProvider?: string) => Promise<DecodeResult>;
} {
	let index: Promise<PackedDecoderIndex> | undefined;
	const files = new Map<string, Promise<PackedSignature[]>>();
	const file = (id: string) => {
		let loaded = files.get(id);
		if (!loaded) {
			// A failed load is forgotten, so the next text tries again.
			loaded = (read(`/decode/signatures/${id}.json`) as Promise<PackedSignature[]>).catch(
				(error: unknown) => {
					files.delete(id);
					throw error;
				},
			);
			files.set(id, loaded);
		}
		return loaded;
	};
	return {
		async decode(text, chosenProvider) {
			index ??= (read('/decode/index.json') as Promise<PackedDecoderIndex>).catch(
				(error: unknown) => {
					index = undefined;
					throw error;
				},
			);
			const packed = await index;
			const all = packed.providers.map(({ id }) => id);
			const bare = unpackDecoderData(packed, []);
			const provider = inferProvider(parseErrorText(text), text, bare, chosenProvider);
			const decodeWith = async (ids: readonly string[]) =>
				decodeError(
					text,
					unpackDecoderData(packed, await Promise.all(ids.map(file))),
					chosenProvider,
				);
			if (!provider) return decodeWith(all);
			const result = await decodeWith([provider.id]);
			// decodeError drops a guessed provider whose signatures do not match and tries them all.
			const firm = ['chosen', 'host', 'docs'].includes(provider.reason);
			return firm || result.matches.length > 0 ? result : decodeWith(all);
		},
	};
}
