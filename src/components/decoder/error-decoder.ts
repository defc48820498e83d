/**
 * <triage-decoder>: upgrades the server-rendered decoder form.
 *
 * Lifecycle: the controls ship disabled and are enabled here; the parser, the matcher and the
 * signature data load on the first focus or input (or at once for a shared link). Nothing the
 * reader pastes leaves the page; the URL changes only when the reader asks for a share link.
 */
class TriageDecoder extends HTMLElement {
	#engine: Promise<void> | undefined;

	connectedCallback(): void {
		const controls = this.querySelector<HTMLFieldSetElement>('[data-decoder-controls]')!;
		controls.disabled = false;
		for (const type of ['focusin', 'input', 'pointerdown']) {
			controls.addEventListener(type, () => void this.#load(), { once: true });
		}
		if (this.hasAttribute('data-share') && location.hash.startsWith('#decode?')) void this.#load();
	}

	#load(): Promise<void> {
		this.#engine ??= import('./decoder-engine.ts').then(({ attachDecoder }) => attachDecoder(this));
		return this.#engine;
	}
}

customElements.define('triage-decoder', TriageDecoder);
