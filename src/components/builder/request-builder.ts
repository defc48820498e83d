/**
 * <triage-builder>: upgrades the server-rendered request builder.
 *
 * State and lifecycle: the visible snippet target lives on <html data-snippet> (set before paint
 * by the inline script in BaseLayout) and in localStorage, so every builder on the page and every
 * later page shows the reader's choice. The request options appear when the reader asks to change
 * the request (or at once when the URL fragment carries a shared state): the engine that draws
 * them and turns them into snippets (generators, highlighter, provider data) loads then. A typed
 * key lives only inside that engine's memory and is never written anywhere. The page carries the
 * first target's command only; when the reader shows another (a tab, or a choice remembered from
 * an earlier page), the engine loads and draws them all. A builder embedded in prose has no
 * options: it shows one fixed request and never loads the engine.
 */
import type { BuilderEngine } from './builder-engine.ts';
import { SNIPPET_STORAGE_KEY as STORAGE_KEY } from '../../lib/snippets/target-ids.ts';
const SYNC_EVENT = 'triage:snippet-change';

function currentTarget(): string | undefined {
	return document.documentElement.dataset['snippet'];
}

/** Shows `target` in every builder and remembers it; storage may be disabled, which is fine. */
function selectTarget(target: string): void {
	document.documentElement.dataset['snippet'] = target;
	try {
		localStorage.setItem(STORAGE_KEY, target);
	} catch {
		// Private mode or disabled storage: the choice lasts for this page only.
	}
	document.dispatchEvent(new CustomEvent(SYNC_EVENT));
}

class TriageBuilder extends HTMLElement {
	#engine: Promise<BuilderEngine> | undefined;

	connectedCallback(): void {
		const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
		for (const tab of tabs) {
			tab.disabled = false;
			tab.addEventListener('click', () => selectTarget(tab.dataset['snippetTab']!));
		}
		this.querySelector('[role="tablist"]')?.addEventListener('keydown', (event) =>
			this.#onTabKey(event as KeyboardEvent, tabs),
		);
		document.addEventListener(SYNC_EVENT, () => this.#syncTabs());
		this.#syncTabs();

		// Each code block has its own Copy, in its bar.
		for (const copy of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
			copy.disabled = false;
			const panel = copy.closest<HTMLElement>('[data-snippet-panel]')!;
			const label = copy.textContent ?? '';
			copy.addEventListener('click', () => void this.#copy(panel, copy, label));
		}

		// The options are drawn by the engine when asked for; a builder embedded in prose has none.
		const customize = this.querySelector<HTMLButtonElement>('[data-customize]');
		if (customize) {
			customize.disabled = false;
			customize.addEventListener('click', () => void this.#toggleOptions(customize));
		}
		if (customize && this.hasAttribute('data-hash-state') && location.hash.startsWith('#try?'))
			void this.#toggleOptions(customize, false);
	}

	/** Shows or hides the options, loading the engine that draws them the first time. */
	async #toggleOptions(button: HTMLButtonElement, focus = true): Promise<void> {
		await this.#loadEngine();
		const slot = this.querySelector<HTMLElement>('[data-controls-slot]')!;
		slot.hidden = !slot.hidden;
		button.setAttribute('aria-expanded', String(!slot.hidden));
		if (focus && !slot.hidden) slot.querySelector('select')?.focus();
	}

	#loadEngine(): Promise<BuilderEngine> {
		this.#engine ??= import('./builder-engine.ts').then(({ attachEngine }) => attachEngine(this));
		return this.#engine;
	}

	#syncTabs(): void {
		const target = currentTarget();
		// Only the first target's command comes with the page; the engine draws the others.
		const shown = this.querySelector(`[data-snippet-panel="${target}"] pre[data-pending]`);
		if (shown && this.querySelector('[data-controls-slot]')) void this.#loadEngine();
		for (const tab of this.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
			const selected = tab.dataset['snippetTab'] === target;
			tab.setAttribute('aria-selected', String(selected));
			tab.tabIndex = selected ? 0 : -1;
		}
	}

	#onTabKey(event: KeyboardEvent, tabs: HTMLButtonElement[]): void {
		const index = tabs.findIndex((tab) => tab.dataset['snippetTab'] === currentTarget());
		const next =
			event.key === 'ArrowRight'
				? (index + 1) % tabs.length
				: event.key === 'ArrowLeft'
					? (index - 1 + tabs.length) % tabs.length
					: event.key === 'Home'
						? 0
						: event.key === 'End'
							? tabs.length - 1
							: -1;
		if (next < 0) return;
		event.preventDefault();
		selectTarget(tabs[next]!.dataset['snippetTab']!);
		tabs[next]!.focus();
	}

	/** Copies the panel's code; `button` says so for a moment, then reads `label` again. */
	async #copy(panel: HTMLElement, button: HTMLButtonElement, label: string): Promise<void> {
		// While the choices cannot form a request, there is no command to copy.
		if (this.hasAttribute('data-invalid')) return;
		const target = panel.dataset['snippetPanel']!;
		const code = panel.querySelector('code')!;
		if (panel.querySelector('pre[data-pending]')) await this.#loadEngine();
		// The engine holds the real text when a key was typed (the screen shows it masked).
		const text = this.#engine ? (await this.#engine).copyText(target) : (code.textContent ?? '');
		const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
		try {
			await navigator.clipboard.writeText(text);
			status.textContent = this.dataset['copied']!;
			// On screen the button says it for a moment (its label kept from the start, so a second
			// click meanwhile does not make "Copied" stick); the status says it to screen readers.
			button.textContent = this.dataset['copiedShort']!;
			setTimeout(() => (button.textContent = label), 2000);
		} catch {
			getSelection()?.selectAllChildren(code);
			status.textContent = this.dataset['copyFailed']!;
		}
	}
}

customElements.define('triage-builder', TriageBuilder);
