/**
 * Whether a search query is a pasted error rather than words to look up: a status line, a JSON
 * body, an exception line, a curl or Node error, or a long message. Search then asks the decoder
 * first. Short queries ("invalid api key 401") stay plain searches.
 */
export function looksLikeError(query: string): boolean {
	const text = query.trim();
	return (
		/^HTTP\/[\d.]+\s+\d{3}\b/m.test(text) ||
		/^\d{3}\s+[A-Z][a-z]+/.test(text) ||
		/[{[]\s*["'][\w$]+["']\s*:/.test(text) ||
		/\b[\w.]*(?:Error|Exception)\b(?:\s*\[[\w]+\])?:/.test(text) ||
		/\bcurl: \(\d+\)/.test(text) ||
		/\b(?:E[A-Z]{4,}|UND_ERR_[A-Z_]+)\b/.test(text) ||
		(text.length >= 60 && text.split(/\s+/).length >= 8)
	);
}
