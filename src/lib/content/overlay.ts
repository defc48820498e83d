/**
 * Lays a translation's text over an English data file. The translation has the same shape as the
 * original, holding only text: strings replace strings, lists line up item by item, objects key
 * by key. A string given for an object is that object's `title` (a source's title). Anything the
 * translation lacks stays as in the original, so facts (URLs, codes, ids, dates) are never copied.
 */
export function overlayText<T>(original: T, text: unknown): T {
	if (text === undefined || text === null) return original;
	if (typeof original === 'string') return (typeof text === 'string' ? text : original) as T;
	if (Array.isArray(original))
		return (
			Array.isArray(text) ? original.map((item, index) => overlayText(item, text[index])) : original
		) as T;
	if (original && typeof original === 'object') {
		if (typeof text === 'string') return { ...original, title: text } as T;
		if (typeof text !== 'object') return original;
		const overlaid: Record<string, unknown> = { ...(original as Record<string, unknown>) };
		for (const [key, value] of Object.entries(text as Record<string, unknown>)) {
			if (key === 'id' || !(key in overlaid)) continue;
			overlaid[key] = overlayText(overlaid[key], value);
		}
		return overlaid as T;
	}
	return original;
}
