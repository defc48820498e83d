// The builder's server-rendered output for a preset, cached for the build. Pages share presets
// (one provider, region, format and model serve many questions), and writing and highlighting a
// snippet per target is most of what the builder costs a page, so each preset is worked out once.
// The cache lives as long as the module: one `astro build` or one dev server.
import { annotateRequest, type RequestPart } from '../../lib/snippets/annotate.ts';
import { initialState, type BuilderState } from '../../lib/snippets/builder-state.ts';
import { highlight } from '../../lib/snippets/highlight.ts';
import { buildRequest, type ProviderEntry } from '../../lib/snippets/request-spec.ts';
import { TARGETS, type Target } from '../../lib/snippets/targets.ts';
import { builderStrings } from '../../lib/builder-strings.ts';
import type { Locale } from '../../lib/i18n.ts';
import type { ApiFormat } from '../../schemas/provider.ts';

/** What the builder shows before it upgrades: its state, each target's snippet, the annotations. */
export interface DefaultRequest {
	state: BuilderState;
	snippets: ReadonlyArray<{ target: Target; html: string }>;
	parts: readonly RequestPart[];
}

const cache = new Map<string, DefaultRequest>();

/**
 * The default request of a builder preset to `provider`, highlighted; the same preset returns the
 * same object. A preset the provider does not offer throws (the content check rejects those first).
 */
export function defaultRequest(
	provider: ProviderEntry,
	preset: { region: string; format: ApiFormat; model: string },
	locale: Locale,
): DefaultRequest {
	const state = initialState({ provider: provider.id, ...preset });
	const key = `${locale} ${JSON.stringify(state)}`;
	let found = cache.get(key);
	if (!found) {
		const spec = buildRequest(provider, state);
		found = {
			state,
			snippets: TARGETS.map((target) => ({
				target,
				html: highlight(target.generate(spec), target.language),
			})),
			parts: annotateRequest(
				spec,
				provider,
				{ region: state.region, customBaseUrl: false },
				builderStrings[locale].annotations,
			),
		};
		cache.set(key, found);
	}
	return found;
}
