import type { Source } from '../schemas/common.ts';

/** A numbered reference to a source, with the anchor of its entry in the page's source list. */
export interface Citation {
	n: number;
	anchor: string;
	source: Source;
	/** The page whose source list holds the entry, when it is not the citing page. */
	page?: string;
}

/**
 * Numbers sources in the order a block first cites them, so that a table built from several
 * providers can print one footnote list below it. State: the list grows with each new source;
 * one instance serves one block of one page and is discarded after rendering.
 */
export class CitationList {
	readonly #byAnchor = new Map<string, Citation>();

	readonly prefix: string;

	constructor(prefix: string) {
		this.prefix = prefix;
	}

	/** The citation for `key` of the file `owner`, numbered on first use. */
	cite(owner: string, key: string, sources: Readonly<Record<string, Source>>): Citation {
		const anchor = `${this.prefix}-${owner}-${key}`;
		let citation = this.#byAnchor.get(anchor);
		if (!citation) {
			const source = sources[key];
			if (!source) throw new Error(`${owner} has no source "${key}"`);
			citation = { n: this.#byAnchor.size + 1, anchor, source };
			this.#byAnchor.set(anchor, citation);
		}
		return citation;
	}

	/** Every citation so far, in number order. */
	all(): Citation[] {
		return [...this.#byAnchor.values()];
	}
}

/**
 * The citation of `key` numbered by its place in `sources`, for a page that cites one file and
 * lists all its sources: numbering needs no state, so blocks may render in any order.
 */
export function citeInFile(
	prefix: string,
	key: string,
	sources: Readonly<Record<string, Source>>,
	page?: string,
): Citation {
	const keys = Object.keys(sources);
	const source = sources[key];
	if (!source) throw new Error(`no source "${key}"; defined: ${keys.join(', ')}`);
	return {
		n: keys.indexOf(key) + 1,
		anchor: `${prefix}-${key}`,
		source,
		...(page ? { page } : {}),
	};
}

/** Every source of a file as citations, in file order. */
export function allInFile(prefix: string, sources: Readonly<Record<string, Source>>): Citation[] {
	return Object.keys(sources).map((key) => citeInFile(prefix, key, sources));
}
