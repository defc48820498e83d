/**
 * Typo tolerance for the words readers misspell most: provider and product names. Pagefind
 * matches exact words and prefixes only, so "deepsek" finds nothing; when a query finds nothing,
 * the search tries it again with each word corrected to a known name within a small edit distance.
 */

/** Edit distance between two short words (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The query with each word of four letters or more replaced by the closest known name, when one
 * is within one edit (two for words of seven letters or more) and the word is not already known.
 * Also joins a name typed as two words ("silicon flow"). Returns null when nothing changes.
 */
export function correctQuery(query: string, names: readonly string[]): string | null {
	const known = new Map(
		names.map((name) => [name.toLowerCase().replace(/\s+/g, ''), name.toLowerCase()]),
	);
	const words = query.trim().split(/\s+/);
	const corrected: string[] = [];
	for (let index = 0; index < words.length; index += 1) {
		const word = words[index]!;
		const lower = word.toLowerCase();
		const joined = `${lower}${words[index + 1]?.toLowerCase() ?? ''}`;
		if (index + 1 < words.length && known.has(joined)) {
			corrected.push(known.get(joined)!);
			index += 1;
			continue;
		}
		if (lower.length < 4 || known.has(lower) || /[^a-z.-]/.test(lower)) {
			corrected.push(word);
			continue;
		}
		const limit = lower.length >= 7 ? 2 : 1;
		let best: { name: string; distance: number } | null = null;
		for (const [key, name] of known) {
			const distance = editDistance(lower, key);
			if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
		}
		corrected.push(best ? best.name : word);
	}
	const result = corrected.join(' ');
	return result.toLowerCase() === query.trim().toLowerCase() ? null : result;
}
