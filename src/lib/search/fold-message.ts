/**
 * Error text as the exact-message map keys it: lower case, whitespace folded, no trailing full
 * stop. The map is built at build time and read by the search engine; both fold with this.
 */
export function foldMessage(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[.。]$/, '')
		.trim();
}
