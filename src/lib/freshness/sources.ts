/**
 * What the source check needs from the content, and how it compares a quote with a page: pure
 * functions, shared by `scripts/check-sources.ts` and its tests.
 */
import type { ContentSet } from '../content/check-content.ts';

/** One file's use of a source: the file and the key it gives the source. */
export interface Citing {
	file: string;
	key: string;
}

/** A message that a source documents, to be found again on that source's page. */
export interface Quote {
	file: string;
	text: string;
}

/** One source URL, however many files and facts cite it. */
export interface SourceUse {
	url: string;
	citedBy: Citing[];
	quotes: Quote[];
}

interface SourcedData {
	sources?: Record<string, { url?: unknown }>;
	messages?: Array<{ text?: unknown; kind?: unknown; source?: unknown }>;
}

/**
 * Every source URL in the content, once: the `sources` of each provider, error and question
 * file, with the files that cite it and the `documented` messages it must still show.
 */
export function collectSources(set: ContentSet): SourceUse[] {
	const byUrl = new Map<string, SourceUse>();
	for (const file of [...set.providers, ...set.errors, ...set.questions]) {
		const data = (file.data ?? {}) as SourcedData;
		const urls = new Map<string, string>();
		for (const [key, source] of Object.entries(data.sources ?? {})) {
			if (typeof source?.url !== 'string') continue;
			urls.set(key, source.url);
			const use = byUrl.get(source.url) ?? { url: source.url, citedBy: [], quotes: [] };
			use.citedBy.push({ file: file.path, key });
			byUrl.set(source.url, use);
		}
		for (const message of data.messages ?? []) {
			const url = urls.get(String(message.source));
			if (message.kind !== 'documented' || !url || typeof message.text !== 'string') continue;
			byUrl.get(url)!.quotes.push({ file: file.path, text: message.text });
		}
	}
	return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/**
 * A page's text as a reader sees it, for finding a quote in it: no scripts, styles or tags,
 * entities decoded, Markdown's code and emphasis marks dropped (some sources are .md files), and
 * every run of whitespace one space.
 */
export function pageText(html: string): string {
	return (
		html
			.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
			.replace(/<!--[\s\S]*?-->/g, ' ')
			// Inline elements join the text around them ("<code>Fails</code>," is "Fails,"); any
			// other tag separates words.
			.replace(
				/<\/?(?:a|abbr|b|code|em|i|kbd|mark|s|samp|small|span|strong|sub|sup|u|var)\b[^>]*>/gi,
				'',
			)
			.replace(/<[^>]+>/g, ' ')
			.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
				if (name[0] === '#') {
					const code =
						name[1] === 'x' || name[1] === 'X'
							? parseInt(name.slice(2), 16)
							: Number(name.slice(1));
					return String.fromCodePoint(code);
				}
				return ENTITIES[name.toLowerCase()] ?? entity;
			})
			.replace(/`|\*\*/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Whether the page (HTML or Markdown) still shows the quote, whitespace and markup aside. */
export function pageShows(page: string, quote: string): boolean {
	return pageText(page).includes(pageText(quote));
}
