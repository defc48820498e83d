import type { ApiFormat } from '../../schemas/provider.ts';
import { DEFAULT_PROMPT, type BuilderProvider, type ProviderEntry } from './request-spec.ts';

/** Everything the reader can set in the builder except the key, which is never part of state. */
export interface BuilderState {
	provider: string;
	region: string;
	format: ApiFormat;
	model: string;
	customModel: string;
	stream: boolean;
	prompt: string;
	baseUrl: string;
}

const HASH_PREFIX = '#try?';
const FIELDS = [
	'provider',
	'region',
	'format',
	'model',
	'customModel',
	'stream',
	'prompt',
	'baseUrl',
] as const;

/** The state a preset starts from. */
export function initialState(preset: {
	provider: string;
	region: string;
	format: ApiFormat;
	model: string;
}): BuilderState {
	return { ...preset, customModel: '', stream: false, prompt: DEFAULT_PROMPT, baseUrl: '' };
}

/** A shareable URL fragment for the state: only fields that differ from the preset, never a key. */
export function stateToHash(state: BuilderState, preset: BuilderState): string {
	const params = new URLSearchParams();
	for (const field of FIELDS) {
		if (state[field] !== preset[field]) params.set(field, String(state[field]));
	}
	const query = params.toString();
	return query ? `${HASH_PREFIX}${query}` : '';
}

/** Reads a fragment written by {@link stateToHash}; anything else yields null. */
export function stateFromHash(hash: string, preset: BuilderState): BuilderState | null {
	if (!hash.startsWith(HASH_PREFIX)) return null;
	const params = new URLSearchParams(hash.slice(HASH_PREFIX.length));
	const text = (field: (typeof FIELDS)[number]) => params.get(field) ?? String(preset[field]);
	const format = text('format');
	return {
		provider: text('provider'),
		region: text('region'),
		format: format === 'anthropic' ? 'anthropic' : 'openai',
		model: text('model'),
		customModel: text('customModel'),
		stream: text('stream') === 'true',
		prompt: text('prompt'),
		baseUrl: text('baseUrl'),
	};
}

/** What the browser needs of a provider to build requests; no sources, no prose beyond notes. */
export function toBuilderProvider(provider: ProviderEntry): BuilderProvider {
	const { id, name, shortName, envVar, regions, models } = provider;
	return { id, name, shortName, envVar, regions, models };
}
