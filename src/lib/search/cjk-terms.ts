/**
 * Search terms for Chinese text. Pagefind splits an English page's text on spaces and
 * punctuation, so a Chinese run such as 账户余额不足 is one word and a search for 余额不足 (part of
 * it) finds nothing. Every 2- to 6-character piece of each run is listed as its own word in a
 * hidden, indexed element, so any part a reader pastes is found.
 */

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]{2,}/gu;

/** Every distinct 2–6 character piece of the Chinese runs in `texts`, space-separated. */
export function cjkTerms(texts: readonly string[], maxLength = 6): string {
	const terms = new Set<string>();
	for (const text of texts) {
		for (const [run] of text.matchAll(CJK_RUN)) {
			const chars = [...run];
			for (let start = 0; start < chars.length; start += 1) {
				for (let length = 2; length <= maxLength && start + length <= chars.length; length += 1) {
					terms.add(chars.slice(start, start + length).join(''));
				}
			}
		}
	}
	return [...terms].join(' ');
}

/** Every string inside a value (frontmatter, data), for collecting a page's searchable text. */
export function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}
