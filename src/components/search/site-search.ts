/**
 * <triage-search>: the header's search. Upgrades the link to /search/ into a dialog opened by a
 * click, `/` or Ctrl/⌘K; the modal <dialog> traps focus, closes on Esc and returns focus to the
 * opener. The engine (Pagefind and the result list) loads the first time the dialog opens.
 * State: the engine promise, shared with the /search/ page's panel through `attachSearch`.
 */
import type { SearchStrings } from './search-engine.ts';

let engine: Promise<typeof import('./search-engine.ts')> | undefined;

/** Loads the search engine once per page. */
export function loadEngine(): Promise<typeof import('./search-engine.ts')> {
	engine ??= import('./search-engine.ts');
	return engine;
}

function typingInField(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

class TriageSearch extends HTMLElement {
	#attached = false;

	connectedCallback(): void {
		const dialog = this.querySelector('dialog')!;
		const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]')!;
		opener.addEventListener('click', (event) => {
			event.preventDefault();
			void this.#open();
		});
		this.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => opener.focus());
		// A click on the backdrop (outside the dialog box) closes it.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		document.addEventListener('keydown', (event) => {
			const shortcut =
				(event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
				(event.key === '/' && !typingInField(event.target));
			if (shortcut && !dialog.open) {
				event.preventDefault();
				void this.#open();
			}
		});
	}

	async #open(): Promise<void> {
		const dialog = this.querySelector('dialog')!;
		dialog.showModal();
		const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
		input.focus();
		if (!this.#attached) {
			this.#attached = true;
			const strings: SearchStrings = JSON.parse(this.dataset['strings']!);
			const { attachSearch } = await loadEngine();
			const panel = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
			// Not attached (the index did not load): the next opening tries again.
			this.#attached = await attachSearch(panel, strings);
		}
	}
}

customElements.define('triage-search', TriageSearch);
