/**
 * Search on Pagefind's JS API, with our own result list. Loaded on first use.
 *
 * State per panel: the current query and filters, the results shown and the active option; the
 * Pagefind module is loaded once per page. Results link to their page with `?highlight=`, so the
 * page can mark the searched terms.
 */
import { pagePrefix } from '../../lib/page-locale.ts';
import { looksLikeError } from '../../lib/decode/looks-like-error.ts';
import { withoutCommon } from '../../lib/search/common-words.ts';
import { correctQuery } from '../../lib/search/correct-query.ts';
import { messageKey, messageShard } from '../../lib/search/fold-message.ts';

/** Interface strings, passed from the server-rendered markup. */
export interface SearchStrings {
	loading: string;
	/** Shown when Pagefind cannot load (no index in `npm run dev`, offline, a failed deploy). */
	unavailable: string;
	/** Leads the decoder's answer to a pasted error, shown as the first result. */
	diagnosis: string;
	/** Leads the decoder's answer when only the kind of error is known. */
	diagnosisClass: string;
	/** Leads what the decoder matched or saw in the text. */
	evidence: string;
	filterNames: Record<string, string>;
	none: string;
	countOne: string;
	countMany: string;
	correcting: string;
}

/** What `/search/terms.json` holds: loaded with the engine, not carried by every page. */
export interface SearchTerms {
	/** Words a misspelt query is corrected to: provider ids and the words of their names. */
	names: string[];
	causeOrder: string[];
	providerOrder: string[];
	/** Words nearly every page has, left out of what Pagefind is asked (see common-words.ts). */
	common: string[];
}

/** One file of the exact-message map, `/search/messages/<shard>.json` (see `messageShard`). */
export interface MessageShard {
	/** The pages `messages` points at, by Pagefind's page id (the build swaps each URL for its id). */
	pages: string[];
	/** Exact error messages (by `messageKey`) and the pages that quote them, the fixing page first. */
	messages: Record<string, number[]>;
}

interface PagefindResult {
	id: string;
	score: number;
	/** Positions of the matched words in the page. */
	words: number[];
	data: () => Promise<PagefindResultData>;
}
interface PagefindResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
	init(): Promise<void>;
	options(options: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, unknown> },
	): Promise<PagefindSearch | null>;
	debouncedSearch(
		query: string | null,
		options?: { filters?: Record<string, unknown> },
		ms?: number,
	): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	// A path the bundler must not resolve: the index is written after the build.
	const url = '/pagefind/pagefind.js';
	pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
		// No worker: it is one more download, and a static site's queries are small enough.
		await module.options({ noWorker: true });
		await module.init();
		// The filter index loads only when the reader opens the filters (see attachSearch): on a
		// large site it weighs as much as the first results.
		return module;
	});
	// A failed load is not kept: the next search tries again (the reader may be back online).
	pagefind.catch(() => {
		pagefind = undefined;
	});
	return pagefind;
}

const FILTER_NAMES = ['provider', 'cause', 'status'] as const;
/** Results shown per query: each costs a fragment download, so the first answer stays small. */
const MAX_RESULTS = 5;
/** Fewer results than this, on a query of three words or more, and search loosens it. */
const RELAX_BELOW = 3;

/** Pause in typing before a query runs. */
const SEARCH_DELAY_MS = 180;

/** JSON from `url`, or `fallback` when it cannot load: search works without these files, less well. */
function fetchJsonOr<T>(url: string, fallback: T): Promise<T> {
	return fetch(url).then(
		(response) => (response.ok ? (response.json() as Promise<T>) : fallback),
		() => fallback,
	);
}

let terms: Promise<SearchTerms> | undefined;

/** Names and filter orders, loaded once per page. */
function loadTerms(): Promise<SearchTerms> {
	terms ??= fetchJsonOr<SearchTerms>(`${pagePrefix()}/search/terms.json`, {
		names: [],
		causeOrder: [],
		providerOrder: [],
		common: [],
	});
	return terms;
}

const shards = new Map<number, Promise<MessageShard>>();

/** The part of the exact-message map that would hold `key`, loaded once per page. */
function loadMessageShard(key: string): Promise<MessageShard> {
	const shard = messageShard(key);
	if (!shards.has(shard))
		shards.set(
			shard,
			fetchJsonOr(`${pagePrefix()}/search/messages/${shard}.json`, { pages: [], messages: {} }),
		);
	return shards.get(shard)!;
}

/** How much more a page counts when the query's words stand side by side in it. */
const PHRASE_BOOST = 2;

/**
 * Pagefind ranks by words; a pasted error message is best answered by a page that quotes it
 * whole. A page where the query's words occur as a run as long as the query counts double. When
 * search left `dropped` common words out of what it asked Pagefind, the words it did ask for
 * count as a run when they fall within a stretch as long as the whole query.
 */
export function rankPhrases(
	results: readonly PagefindResult[],
	query: string,
	dropped = 0,
): PagefindResult[] {
	const terms = query.split(/\s+/).filter(Boolean).length;
	const asked = terms - dropped;
	if (terms < 2 || asked < 1) return [...results];
	const hasRun = (positions: readonly number[]) => {
		const sorted = [...new Set(positions)].sort((a, b) => a - b);
		for (let index = 0; index + asked - 1 < sorted.length; index += 1) {
			if (sorted[index + asked - 1]! - sorted[index]! < terms) return true;
		}
		return false;
	};
	return results
		.map((result) => ({ result, score: result.score * (hasRun(result.words) ? PHRASE_BOOST : 1) }))
		.sort((a, b) => b.score - a.score)
		.map(({ result }) => result);
}

/**
 * The header dialog's search panel (`/search/panel.json`, the SearchPanel component as HTML), so
 * no page carries its markup for readers who never search. It replaces `slot`, the plain input
 * that took the reader's typing meanwhile, and keeps what was typed. Undefined when it cannot load.
 */
export async function loadPanel(slot: HTMLInputElement): Promise<HTMLElement | undefined> {
	try {
		const { html } = await fetchJsonOr<{ html?: string }>(`${pagePrefix()}/search/panel.json`, {});
		if (!html) return undefined;
		const parsed = new DOMParser()
			.parseFromString(html, 'text/html')
			.querySelector<HTMLElement>('[data-search-panel]');
		if (!parsed) return undefined;
		const panel = document.importNode(parsed, true);
		panel.querySelector<HTMLInputElement>('[data-search-input]')!.value = slot.value;
		slot.replaceWith(panel);
		return panel;
	} catch {
		return undefined;
	}
}

/** The ranked results of one query: what tests and the UI both read. */
export async function searchSite(
	query: string,
	filters: Record<string, string[]> = {},
): Promise<{ results: PagefindResultData[]; counts: PagefindSearch['filters'] }> {
	const engine = await loadPagefind();
	const active = Object.fromEntries(
		Object.entries(filters)
			.filter(([, values]) => values.length > 0)
			.map(([name, values]) => [name, { any: values }]),
	);
	const text = query.trim();
	const key = messageKey(text);
	const shard = loadMessageShard(key);
	const asked = withoutCommon(text, (await loadTerms()).common);
	const [search, { pages, messages }] = await Promise.all([
		engine.search(asked.text || null, { filters: active }),
		shard,
	]);
	if (!search) return { results: [], counts: {} };
	const found = [...search.results];
	// Pagefind answers only pages that have every word. A longer query where few pages have all
	// of them (a synonym the page does not use, a particle such as 的 or 还是) also gets the
	// pages that have all words but one, after those.
	const words = (asked.text || '').split(/\s+/).filter(Boolean);
	if (found.length < RELAX_BELOW && words.length >= 3) {
		const looser = await Promise.all(
			words.map((_, left) =>
				engine.search(words.filter((__, index) => index !== left).join(' '), {
					filters: active,
				}),
			),
		);
		const seen = new Set(found.map((result) => result.id));
		const more = looser
			.flatMap((result) => result?.results ?? [])
			.sort((a, b) => b.score - a.score)
			.filter((result) => !seen.has(result.id) && seen.add(result.id));
		found.push(...more);
	}
	const ranked = [
		...rankPhrases(found.slice(0, search.results.length), text, asked.dropped),
		...found.slice(search.results.length),
	];
	// A query that is exactly a known error message: the pages that quote it lead, however far
	// down longer pages' scores on its words put them.
	const quoting = new Set(messages[key]?.map((index) => pages[index]));
	if (quoting.size > 0) {
		const first = ranked.filter((result) => quoting.has(result.id));
		ranked.splice(
			0,
			ranked.length,
			...first,
			...ranked.filter((result) => !first.includes(result)),
		);
	}
	const results = await Promise.all(ranked.slice(0, MAX_RESULTS).map((result) => result.data()));
	return { results, counts: search.filters };
}

/**
 * Everything the result list shows for a query, in order: the decoder's diagnosis of a pasted
 * error, then the ranked pages (of the query with a misspelt provider name corrected). The list
 * and the relevance tests both read this.
 */
export async function answerQuery(
	query: string,
	strings: SearchStrings,
	filters: Record<string, string[]> = {},
) {
	// A word one or two letters from a provider's name is a misspelling of it.
	const corrected = correctQuery(query, (await loadTerms()).names);
	const [{ results, counts }, diagnosis] = await Promise.all([
		searchSite(corrected ?? query, filters),
		diagnose(query, strings),
	]);
	return { corrected, results, counts, diagnosis };
}

/** The decoder's answer to a pasted error, as the first search result shows it. */
interface Diagnosis {
	href: string;
	title: string;
	text: string;
	evidence: string;
}

/**
 * Runs the error decoder on a query that looks like a pasted error (the decoder loads on first
 * use, with the signatures of the provider the text points at). Undefined when the decoder
 * cannot say which page fixes it, or cannot load: the page results still show.
 */
async function diagnose(query: string, strings: SearchStrings): Promise<Diagnosis | undefined> {
	if (!looksLikeError(query)) return undefined;
	try {
		const { decoder } = await import('../decoder/shared-decoder.ts');
		const result = await decoder().decode(query);
		const seen = result.provider ? [`${result.provider.name} (${result.provider.evidence})`] : [];
		const top = result.matches[0];
		if (top)
			return {
				href: top.signature.page.path,
				title: top.signature.page.title,
				text: `${strings.diagnosis} ${top.signature.action}`,
				evidence: `${strings.evidence} ${[...seen, ...top.evidence].join(' · ')}`,
			};
		if (result.class?.page)
			return {
				href: result.class.page.path,
				title: result.class.page.title,
				text: strings.diagnosisClass,
				evidence: `${strings.evidence} ${[...seen, ...result.class.evidence].join(' · ')}`,
			};
	} catch {
		// The decoder could not load: the page results below still answer.
	}
	return undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The decoder's answer as the first option of the result list. */
function diagnosisOption(diagnosis: Diagnosis, id: string): HTMLLIElement {
	const option = el('li', 'rounded border-2 border-blue-700 p-2 dark:border-blue-400');
	option.id = id;
	option.dataset['diagnosis'] = '';
	option.setAttribute('role', 'option');
	option.setAttribute('aria-selected', 'false');
	const link = el('a', 'font-semibold', diagnosis.title);
	link.href = diagnosis.href;
	link.tabIndex = -1;
	option.append(
		link,
		el('p', 'text-sm', diagnosis.text),
		el('p', 'mt-1 text-xs text-slate-700 dark:text-slate-300', diagnosis.evidence),
	);
	option.addEventListener('click', (event) => {
		if (event.target !== link) link.click();
	});
	return option;
}

/**
 * Connects search to a rendered panel (the header dialog or the /search/ page). Resolves false,
 * with the panel saying so, when the index cannot load.
 */
export async function attachSearch(panel: HTMLElement, strings: SearchStrings): Promise<boolean> {
	const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
	const list = panel.querySelector<HTMLUListElement>('[data-search-results]')!;
	const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
	const empty = panel.querySelector<HTMLElement>('[data-search-empty]')!;
	const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]')!;
	const filterToggle = panel.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
	// Filter counts come with results only once Pagefind's filter index is loaded, which happens
	// the first time the reader opens the filters.
	let filtersOpen = false;
	const selected: Record<string, string[]> = { provider: [], cause: [], status: [] };
	let active = -1;
	let generation = 0;

	status.textContent = strings.loading;
	let loaded: [Pagefind, SearchTerms];
	try {
		loaded = await Promise.all([loadPagefind(), loadTerms()]);
	} catch {
		// Say so rather than leave "Loading…" up for good; the links beside the results still work.
		status.textContent = strings.unavailable;
		return false;
	}
	const [, { causeOrder, providerOrder }] = loaded;
	status.textContent = '';

	const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = options();
		active = all.length === 0 ? -1 : (index + all.length) % all.length;
		all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
		const current = all[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};

	const order = (name: string, values: string[]) => {
		const known = name === 'cause' ? causeOrder : name === 'provider' ? providerOrder : null;
		return known
			? values.sort((a, b) => known.indexOf(a) - known.indexOf(b))
			: values.sort((a, b) => Number(a) - Number(b));
	};

	function renderFilters(counts: PagefindSearch['filters']) {
		if (!filtersOpen) return;
		filterBox.replaceChildren(
			...FILTER_NAMES.filter((name) =>
				Object.values(counts[name] ?? {}).some((count) => count > 0),
			).map((name) => {
				const group = el('fieldset', 'flex flex-wrap items-center gap-x-3 gap-y-1');
				group.append(el('legend', 'mb-1 font-semibold', strings.filterNames[name]));
				// A value with no result under the current query is noise, unless the reader chose it.
				const values = Object.keys(counts[name]!).filter(
					(value) => counts[name]![value]! > 0 || selected[name]!.includes(value),
				);
				for (const value of order(name, values)) {
					const label = el('label', 'inline-flex items-center gap-1');
					const box = el('input');
					box.type = 'checkbox';
					box.checked = selected[name]!.includes(value);
					box.dataset['filter'] = name;
					box.value = value;
					label.append(box, `${value} (${counts[name]![value]})`);
					group.append(label);
				}
				return group;
			}),
		);
	}

	async function run() {
		const query = input.value;
		const mine = ++generation;
		const hasFilter = Object.values(selected).some((values) => values.length > 0);
		if (!query.trim() && !hasFilter) {
			list.replaceChildren();
			empty.hidden = true;
			status.textContent = '';
			input.setAttribute('aria-expanded', 'false');
			if (filtersOpen) renderFilters(await (await loadPagefind()).filters());
			return;
		}
		const { corrected, results, counts, diagnosis } = await answerQuery(query, strings, selected);
		if (mine !== generation) return; // A newer keystroke already answered.
		const highlight = query.trim() ? `?highlight=${encodeURIComponent(query.trim())}` : '';
		list.replaceChildren(
			...(diagnosis ? [diagnosisOption(diagnosis, `${list.id}-diagnosis`)] : []),
			...results.map((result, index) => {
				const option = el('li', 'rounded border border-slate-300 p-2 dark:border-slate-700');
				option.id = `${list.id}-option-${index}`;
				option.setAttribute('role', 'option');
				option.setAttribute('aria-selected', 'false');
				const link = el('a', 'font-semibold', result.meta['title'] ?? result.url);
				link.href = `${result.url}${highlight}`;
				link.tabIndex = -1;
				const summary = el(
					'p',
					'text-sm text-slate-700 dark:text-slate-300',
					result.meta['summary'] ?? '',
				);
				const chips = el('p', 'mt-1 flex flex-wrap gap-1');
				for (const name of ['provider', 'cause'] as const) {
					for (const value of result.filters[name] ?? [])
						chips.append(el('span', 'chip text-xs', value));
				}
				option.append(link, summary, chips);
				option.addEventListener('click', (event) => {
					if (event.target !== link) link.click();
				});
				return option;
			}),
		);
		const shown = results.length + (diagnosis ? 1 : 0);
		input.setAttribute('aria-expanded', String(shown > 0));
		const count =
			results.length === 1
				? strings.countOne
				: strings.countMany.replace('{n}', String(results.length));
		status.textContent =
			corrected && results.length > 0
				? `${strings.correcting.replace('{query}', corrected)} ${count}`
				: count;
		empty.hidden = shown > 0;
		empty.querySelector('[data-search-none]')!.textContent = strings.none.replace('{query}', query);
		renderFilters(counts);
		setActive(shown > 0 ? 0 : -1);
	}

	// Wait for a pause in typing: every query downloads index chunks and result fragments.
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), SEARCH_DELAY_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Enter') {
			const link = options()[active]?.querySelector('a');
			if (link) {
				event.preventDefault();
				link.click();
			}
		}
	});
	filterToggle.hidden = false;
	filterToggle.addEventListener('click', async () => {
		filtersOpen = !filtersOpen;
		filterToggle.setAttribute('aria-expanded', String(filtersOpen));
		filterBox.hidden = !filtersOpen;
		if (filtersOpen) {
			await (await loadPagefind()).filters();
			await run();
		}
	});
	filterBox.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		const values = selected[box.dataset['filter']!]!;
		if (box.checked) values.push(box.value);
		else values.splice(values.indexOf(box.value), 1);
		void run();
	});
	await run();
	return true;
}
