import type { BuilderProvider, RequestSpec } from './request-spec.ts';

/** One part of the request, what it is, and the mistake people make with it. */
export interface RequestPart {
	part: 'host' | 'base-path' | 'endpoint' | 'auth' | 'model';
	value: string;
	mistake: string;
}

/** The reader-facing sentences, kept with the UI strings so they can be translated. */
export interface AnnotationText {
	hostRegion: (region: string) => string;
	hostRelay: string;
	basePathV1: string;
	basePathNoV1: (path: string) => string;
	endpoint: string;
	authBearer: string;
	authApiKey: string;
	model: string;
}

/**
 * Splits the request into the parts people get wrong, each with the mistake to avoid there: the
 * provider's own pitfall for its base URL and note for its model where the data has them.
 */
export function annotateRequest(
	spec: RequestSpec,
	provider: BuilderProvider,
	choice: { region: string; customBaseUrl: boolean },
	text: AnnotationText,
): RequestPart[] {
	const url = new URL(spec.baseUrl);
	const region = provider.regions.find((candidate) => candidate.id === choice.region);
	const endpoint = region?.[spec.format];
	const basePath = url.pathname.replace(/\/+$/, '') || '/';
	const model = String(spec.body['model']);
	const modelNote = provider.models.find((candidate) => candidate.id === model)?.note;
	const auth =
		spec.auth.scheme === 'bearer'
			? `${spec.auth.header}: Bearer <key>`
			: `${spec.auth.header}: <key>`;
	return [
		{
			part: 'host',
			value: url.origin,
			mistake: choice.customBaseUrl
				? text.hostRelay
				: text.hostRegion(region?.label ?? choice.region),
		},
		{
			part: 'base-path',
			value: basePath,
			mistake:
				(!choice.customBaseUrl && endpoint?.pitfall) ||
				(/\/v1$/.test(basePath) ? text.basePathV1 : text.basePathNoV1(spec.path)),
		},
		{ part: 'endpoint', value: spec.path, mistake: text.endpoint },
		{
			part: 'auth',
			value: auth,
			mistake: spec.auth.scheme === 'bearer' ? text.authBearer : text.authApiKey,
		},
		{ part: 'model', value: model, mistake: modelNote ?? text.model },
	];
}
