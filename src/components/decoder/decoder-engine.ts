/**
 * The decoder's engine, loaded on first use: decodes on every input, fetching the decoder's index
 * once and each provider's signatures when a text first needs them, and renders the result with
 * DOM nodes and textContent only (pasted text is never parsed as HTML). State: the loaded data
 * (in the shared loader) and the latest result; the pasted text lives in the textarea.
 */
import type { DecodeResult } from '../../lib/decode/match.ts';
import { decoder } from './shared-decoder.ts';
import { redactKeys } from '../../lib/decode/parse.ts';
import { pagePrefix } from '../../lib/page-locale.ts';

/** The labels the page passes in `data-strings` (so the engine carries no copy of them). */
export type DecoderStrings = Record<string, string> & {
	reasons: Record<string, string>;
	tiers: Record<string, string>;
	causes: Record<string, string>;
	retries: Record<string, string>;
};

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = element('a', text);
	anchor.href = href;
	return anchor;
}

function definitionList(rows: ReadonlyArray<readonly [string, string | Node]>): HTMLDListElement {
	const list = element(
		'dl',
		undefined,
		'grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]',
	);
	for (const [term, value] of rows) {
		list.append(element('dt', term, 'font-semibold'));
		const definition = element('dd');
		definition.append(value);
		list.append(definition);
	}
	return list;
}

/** The decoder's answer as DOM nodes: what it read, then signatures, a class, or an honest unknown. */
export function renderResult(result: DecodeResult, strings: DecoderStrings): Node[] {
	const { parsed, provider, matches } = result;
	const read: Array<readonly [string, string]> = [];
	if (provider)
		read.push([
			strings['providerGuess']!,
			`${provider.name} (${strings.reasons[provider.reason]}: ${provider.evidence})`,
		]);
	if (parsed.status !== undefined) read.push([strings['status']!, String(parsed.status)]);
	if (parsed.code) read.push([strings['code']!, parsed.code]);
	if (parsed.type && parsed.type !== parsed.code) read.push([strings['type']!, parsed.type]);
	if (parsed.message) read.push([strings['message']!, redactKeys(parsed.message)]);
	const nodes: Node[] = [];
	if (read.length > 0)
		nodes.push(element('h2', strings['read'], 'mt-4 text-lg font-semibold'), definitionList(read));
	if (matches.length === 0 && result.class) {
		const { cause, page, evidence } = result.class;
		const box = element(
			'div',
			undefined,
			'mt-4 rounded-lg border border-slate-300 p-3 dark:border-slate-700',
		);
		box.dataset['class'] = cause;
		box.append(
			element('h2', strings['classHeading'], 'text-lg font-semibold'),
			element('p', strings['classLead'], 'text-sm text-slate-700 dark:text-slate-300'),
			definitionList([
				[strings['cause']!, strings.causes[cause]!],
				[strings['seen']!, evidence.map(redactKeys).join(' · ')],
				[strings['page']!, page ? link(page.path, page.title) : strings['noPage']!],
			]),
		);
		nodes.push(box);
		return nodes;
	}
	if (matches.length === 0) {
		const none = element('p', strings['noMatch'], 'mt-4');
		none.dataset['unknown'] = '';
		const next = element('p', strings['tryNext'], 'mt-2 text-sm');
		next.append(' ', link(`${pagePrefix()}/search/`, strings['searchLink']!));
		nodes.push(none, next);
		return nodes;
	}
	nodes.push(element('h2', strings['matches'], 'mt-4 text-lg font-semibold'));
	const list = element('ol', undefined, 'mt-2 space-y-4');
	for (const { signature, tier, evidence } of matches) {
		const item = element(
			'li',
			undefined,
			'rounded-lg border border-slate-300 p-3 dark:border-slate-700',
		);
		item.dataset['signature'] = signature.anchor;
		const heading = element(
			'h3',
			[signature.status ?? strings['noStatus'], signature.code].filter(Boolean).join(' · '),
			'font-semibold',
		);
		item.append(
			heading,
			element('p', strings.tiers[tier], 'text-sm text-slate-700 dark:text-slate-300'),
			definitionList([
				[strings['evidence']!, evidence.join(' · ')],
				[strings['cause']!, strings.causes[signature.cause]!],
				[strings['retry']!, strings.retries[signature.retry]!],
				[strings['fix']!, signature.action],
				[strings['page']!, link(signature.page.path, signature.page.title)],
				[
					strings['providerRow']!,
					link(
						signature.anchor,
						signature.anchor.replace(/^\/providers\//, '').replace('/#', ' #'),
					),
				],
			]),
		);
		list.append(item);
	}
	nodes.push(list);
	return nodes;
}

/** Connects the engine to one <triage-decoder>. */
export async function attachDecoder(host: HTMLElement): Promise<void> {
	const strings: DecoderStrings = JSON.parse(host.dataset['strings']!);
	const input = host.querySelector<HTMLTextAreaElement>('textarea')!;
	const provider = host.querySelector<HTMLSelectElement>('select')!;
	const output = host.querySelector<HTMLElement>('[data-result]')!;
	const warning = host.querySelector<HTMLElement>('[data-key-warning]')!;
	const shareStatus = host.querySelector<HTMLElement>('[data-share-status]')!;
	let last: DecodeResult | null = null;

	let generation = 0;
	const decode = async () => {
		const text = input.value;
		const mine = ++generation;
		if (!text.trim()) {
			output.replaceChildren();
			warning.hidden = true;
			return;
		}
		let result: DecodeResult;
		try {
			result = await decoder().decode(text, provider.value || undefined);
		} catch {
			if (mine === generation) output.replaceChildren(strings['unavailable']!);
			return;
		}
		if (mine !== generation) return; // A newer paste already answered.
		last = result;
		warning.textContent = strings['keyWarning']!;
		warning.hidden = !last.parsed.containsKey;
		output.replaceChildren(...renderResult(last, strings));
	};

	if (host.hasAttribute('data-share') && location.hash.startsWith('#decode?')) {
		const params = new URLSearchParams(location.hash.slice('#decode?'.length));
		input.value = params.get('text') ?? '';
		provider.value = params.get('provider') ?? '';
	}
	input.addEventListener('input', () => void decode());
	provider.addEventListener('change', () => void decode());
	host.querySelector('[data-decode]')?.addEventListener('click', () => void decode());
	host.querySelector('[data-share-button]')?.addEventListener('click', async () => {
		await decode();
		// A share link carries the pasted text, so never when that text holds a key.
		if (!last || last.parsed.containsKey) {
			shareStatus.textContent = last ? strings['shareRefused']! : '';
			return;
		}
		const params = new URLSearchParams({
			text: input.value,
			...(provider.value ? { provider: provider.value } : {}),
		});
		history.replaceState(history.state, '', `#decode?${params}`);
		try {
			await navigator.clipboard.writeText(location.href);
		} catch {
			// The link is in the address bar either way.
		}
		shareStatus.textContent = strings['shared']!;
	});
	await decode();
}
