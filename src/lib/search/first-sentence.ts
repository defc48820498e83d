/**
 * The first sentence of `text`: what a search result shows under its title. A result list is
 * scanned, not read, and every result's text is downloaded with it, so one sentence (the short
 * answer's diagnosis) serves better than the whole answer. A full stop inside a token (`api.z.ai`,
 * `v1.5`) does not end a sentence; one followed by white space does, as does `。` or `！`. In
 * the Chinese edition's text only Chinese punctuation ends one: an English message quoted inside it ("API key
 * not valid. Please pass…") has full stops of its own.
 */
export function firstSentence(text: string, locale: 'en' | 'zh' = 'en'): string {
	const end = (locale === 'zh' ? /[。！？]/ : /[.!?](?=\s)|[。！？]/).exec(text);
	return end ? text.slice(0, end.index + 1) : text;
}
