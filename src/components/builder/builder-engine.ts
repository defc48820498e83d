/**
 * The request builder's engine, loaded on first use: draws the options form, reads it, builds the request, writes
 * every target's snippet (masked on screen, real in memory for Copy), the annotations and the
 * shareable fragment.
 *
 * State: `state` mirrors the form; `realCode` holds each target's text with the typed key, kept
 * only in this closure; the provider list is fetched once. Nothing here writes to storage,
 * cookies or the network, and the key never reaches the URL.
 */
import { annotateRequest } from '../../lib/snippets/annotate.ts';
import {
	initialState,
	stateFromHash,
	stateToHash,
	type BuilderState,
} from '../../lib/snippets/builder-state.ts';
import { highlight } from '../../lib/snippets/highlight.ts';
import {
	buildRequest,
	RequestChoiceError,
	type BuilderProvider,
} from '../../lib/snippets/request-spec.ts';
import { TARGETS } from '../../lib/snippets/targets.ts';
import { pageBuilderStrings } from '../../lib/builder-strings.ts';
import { renderControls } from './builder-controls.ts';

/** What the element asks of its engine. */
export interface BuilderEngine {
	/** The text Copy puts on the clipboard for a target, key included if one was typed. */
	copyText(target: string): string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function replaceOptions(
	select: HTMLSelectElement,
	options: ReadonlyArray<{ value: string; label: string }>,
	selected: string,
) {
	select.replaceChildren(
		...options.map(({ value, label }) => {
			const option = new Option(label, value, false, value === selected);
			return option;
		}),
	);
}

/** Connects the engine to one <triage-builder>; resolves once the provider data has loaded. */
export async function attachEngine(element: HTMLElement): Promise<BuilderEngine> {
	const providers: BuilderProvider[] = await (await fetch(element.dataset['providersUrl']!)).json();
	// The page carries only the preset's choices; the rest of the state starts from defaults.
	const preset: BuilderState = initialState(JSON.parse(element.dataset['preset']!));
	const slot = element.querySelector<HTMLElement>('[data-controls-slot]')!;
	slot.append(renderControls(slot.dataset['id']!, providers));
	const control = (name: string) => element.querySelector<Control>(`[name="${name}"]`)!;
	const realCode = new Map<string, string>();
	const error = element.querySelector<HTMLElement>('[data-error]')!;
	const useHash = element.hasAttribute('data-hash-state');

	const providerOf = (id: string) =>
		providers.find((provider) => provider.id === id) ?? providers[0]!;

	/** Fills region and model lists for the provider, keeping choices that still exist. */
	function fillLists(state: BuilderState): BuilderState {
		const provider = providerOf(state.provider);
		const region = provider.regions.some((r) => r.id === state.region)
			? state.region
			: provider.regions[0]!.id;
		const model = provider.models.some((m) => m.id === state.model)
			? state.model
			: provider.models[0]!.id;
		replaceOptions(
			control('region') as HTMLSelectElement,
			provider.regions.map((r) => ({ value: r.id, label: r.label })),
			region,
		);
		replaceOptions(
			control('model') as HTMLSelectElement,
			provider.models.map((m) => ({ value: m.id, label: m.id })),
			model,
		);
		return { ...state, provider: provider.id, region, model };
	}

	function readForm(): BuilderState {
		return {
			provider: control('provider').value,
			region: control('region').value,
			format: control('format').value === 'anthropic' ? 'anthropic' : 'openai',
			model: control('model').value,
			customModel: control('customModel').value,
			stream: (control('stream') as HTMLInputElement).checked,
			prompt: control('prompt').value,
			baseUrl: control('baseUrl').value,
		};
	}

	function writeForm(state: BuilderState): void {
		control('provider').value = state.provider;
		const filled = fillLists(state);
		control('format').value = filled.format;
		control('customModel').value = filled.customModel;
		(control('stream') as HTMLInputElement).checked = filled.stream;
		control('prompt').value = filled.prompt;
		control('baseUrl').value = filled.baseUrl;
	}

	function render(state: BuilderState): void {
		const provider = providerOf(state.provider);
		const key = control('key').value.trim() || undefined;
		let spec;
		try {
			spec = buildRequest(provider, state);
			error.hidden = true;
		} catch (failure) {
			if (!(failure instanceof RequestChoiceError)) throw failure;
			// Never leave a command on screen that the current choices would not produce.
			error.textContent = failure.message;
			error.hidden = false;
			element.toggleAttribute('data-invalid', true);
			return;
		}
		element.toggleAttribute('data-invalid', false);
		for (const target of TARGETS) {
			const panel = element.querySelector<HTMLElement>(`[data-snippet-panel="${target.id}"]`)!;
			realCode.set(target.id, target.generate(spec, key));
			const shown = target.generate(
				spec,
				key === undefined ? undefined : pageBuilderStrings().text.keyMask,
			);
			panel.querySelector('code')!.innerHTML = highlight(shown, target.language);
			panel.querySelector('pre')!.removeAttribute('data-pending');
			const warnings = target.warnings?.(shown) ?? [];
			// Made the first time a target has something to say, so pages carry no empty ones.
			let warning = panel.querySelector<HTMLElement>('[data-warning]');
			if (!warning && warnings.length > 0) {
				warning = document.createElement('p');
				warning.className = 'snippet-warning mt-2 text-sm text-amber-800 dark:text-amber-300';
				warning.dataset['warning'] = '';
				panel.append(warning);
			}
			if (warning) {
				warning.textContent = warnings.join(' ');
				warning.hidden = warnings.length === 0;
			}
		}
		const parts = annotateRequest(
			spec,
			provider,
			{ region: state.region, customBaseUrl: Boolean(state.baseUrl.trim()) },
			pageBuilderStrings().text.annotations,
		);
		for (const { part, value, mistake } of parts) {
			const item = element.querySelector<HTMLElement>(`[data-part="${part}"]`)!;
			item.querySelector('[data-value]')!.textContent = value;
			item.querySelector('[data-mistake]')!.textContent = mistake;
		}
		if (useHash) {
			const hash = stateToHash(state, preset);
			history.replaceState(history.state, '', hash || location.pathname + location.search);
		}
	}

	// Start from a shared link, or else from the page's preset.
	writeForm((useHash ? stateFromHash(location.hash, preset) : null) ?? preset);
	element.querySelector('[data-controls]')!.addEventListener('input', (event) => {
		const name = (event.target as Control).name;
		let state = readForm();
		if (name === 'provider') state = fillLists(state);
		render(state);
	});
	render(readForm());
	return { copyText: (target) => realCode.get(target) ?? '' };
}
