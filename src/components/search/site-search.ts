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

	#panel: Promise<HTMLElement | undefined> | undefined;

	async #open(): Promise<void> {
		this.querySelector('dialog')!.showModal();
		// The reader may start typing at once: the slot takes it until the panel arrives.
		const slot = this.querySelector<HTMLInputElement>('[data-search-slot]');
		slot?.focus();
		const engine = await loadEngine().catch(() => undefined);
		if (engine && slot) this.#panel ??= engine.loadPanel(slot);
		const panel = await this.#panel;
		if (!engine || !panel) {
			// Search could not load (offline, say): the search page works without it.
			this.#panel = undefined;
			location.assign(this.querySelector<HTMLAnchorElement>('[data-search-open]')!.href);
			return;
		}
		const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
		input.focus();
		input.setSelectionRange(input.value.length, input.value.length);
		if (!this.#attached) {
			this.#attached = true;
			const strings: SearchStrings = JSON.parse(panel.dataset['strings']!);
			// Not attached (the index did not load): the next opening tries again.
			this.#attached = await engine.attachSearch(panel, strings);
		}
	}
}

customElements.define('triage-search', TriageSearch);
