/**
 * The builder's request options, drawn by the engine when the reader asks to change the request:
 * they do nothing without the engine, so the page does not carry them. Same fields, names and
 * ids as a form would have; the engine fills the option lists and values.
 */
import type { BuilderProvider } from '../../lib/snippets/request-spec.ts';
import { pageBuilderStrings } from '../../lib/builder-strings.ts';

const INPUT_CLASS =
	'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900';

function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), properties);
}

/** A labelled control with an optional hint tied to it by aria-describedby. */
function field(
	id: string,
	text: string,
	control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
	options: { hint?: string; wide?: boolean } = {},
): HTMLLabelElement {
	const label = make('label', {
		className: `text-sm font-semibold${options.wide ? ' sm:col-span-2' : ''}`,
		htmlFor: id,
	});
	control.id = id;
	if (!(control instanceof HTMLInputElement && control.type === 'checkbox'))
		control.className = INPUT_CLASS;
	label.append(text, control);
	if (options.hint) {
		const hint = make('span', {
			id: `${id}-hint`,
			className: 'mt-1 block font-normal text-slate-700 dark:text-slate-300',
			textContent: options.hint,
		});
		control.setAttribute('aria-describedby', hint.id);
		label.append(hint);
	}
	return label;
}

const textInput = (name: string, type = 'text') => {
	const input = make('input', { name, type, autocomplete: 'off', spellcheck: false });
	return input;
};

/** The options form for the builder whose ids start with `id`, with every provider listed. */
export function renderControls(id: string, providers: readonly BuilderProvider[]): HTMLElement {
	const { text, formats } = pageBuilderStrings();
	const fieldset = make('fieldset', {
		className: 'builder-controls mt-4 grid min-w-0 gap-3 sm:grid-cols-2',
	});
	fieldset.dataset['controls'] = '';
	fieldset.append(make('legend', { className: 'sr-only', textContent: text.controls }));
	const select = (name: string, options: ReadonlyArray<[value: string, label: string]> = []) => {
		const element = make('select', { name });
		element.append(...options.map(([value, label]) => new Option(label, value)));
		return element;
	};
	const baseUrl = textInput('baseUrl', 'url');
	baseUrl.placeholder = 'https://relay.example.com/v1';
	const key = textInput('key', 'password');
	key.dataset['secret'] = '';
	const stream = make('label', {
		className: 'flex items-center gap-2 text-sm font-semibold',
		htmlFor: `${id}-stream`,
	});
	stream.append(
		make('input', { id: `${id}-stream`, name: 'stream', type: 'checkbox' }),
		text.stream,
	);
	fieldset.append(
		field(
			`${id}-provider`,
			text.provider,
			select(
				'provider',
				providers.map((provider) => [provider.id, provider.shortName]),
			),
		),
		field(`${id}-region`, text.region, select('region')),
		field(
			`${id}-format`,
			text.format,
			select('format', Object.entries(formats) as Array<[string, string]>),
		),
		field(`${id}-model`, text.model, select('model')),
		field(`${id}-custom-model`, text.customModel, textInput('customModel'), {
			hint: text.customModelHint,
		}),
		field(`${id}-base-url`, text.baseUrl, baseUrl, { hint: text.baseUrlHint }),
		field(`${id}-prompt`, text.prompt, make('textarea', { name: 'prompt', rows: 2 }), {
			wide: true,
		}),
		stream,
		field(`${id}-key`, text.key, key, { hint: text.keyHint, wide: true }),
	);
	return fieldset;
}
