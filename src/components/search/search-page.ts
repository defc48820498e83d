/**
 * The /search/ page's panel: with `?q=` it searches at once (the reader came for that); otherwise
 * the engine loads on the first focus. The query is mirrored into `?q=` so results can be shared.
 */
import { loadEngine } from './site-search.ts';
import type { SearchStrings } from './search-engine.ts';

const panel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
if (panel) {
	const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
	const strings: SearchStrings = JSON.parse(panel.dataset['strings']!);
	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		const { attachSearch } = await loadEngine();
		await attachSearch(panel, strings);
	};
	const query = new URLSearchParams(location.search).get('q');
	if (query) {
		input.value = query;
		void start();
	}
	input.addEventListener('focus', () => void start(), { once: true });
	input.addEventListener('input', () => {
		const url = new URL(location.href);
		if (input.value) url.searchParams.set('q', input.value);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
	});
}
