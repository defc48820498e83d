import { z } from 'astro/zod';
import { sourced, sourcedLink, sourcesSchema, sourceKey, webUrl } from './common.ts';

/** The two request shapes the site builds requests for. */
export const API_FORMATS = ['openai', 'anthropic'] as const;
export const apiFormatSchema = z.enum(API_FORMATS);
export type ApiFormat = z.infer<typeof apiFormatSchema>;

/** How the key travels: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export const authSchemeSchema = z.enum(['bearer', 'x-api-key']);
export type AuthScheme = z.infer<typeof authSchemeSchema>;

/** An OpenAI-compatible endpoint in one region. */
const openaiEndpointSchema = z.strictObject({
	/** Base URL the OpenAI SDK takes; `/chat/completions` is appended to it. */
	baseUrl: webUrl,
	/** How the key is sent on this endpoint. */
	auth: authSchemeSchema.default('bearer'),
	/** Key into `sources`. */
	source: sourceKey,
	/** The mistake people make with this URL, shown beside it. */
	pitfall: z.string().optional(),
});

/** An Anthropic-compatible (Messages API) endpoint in one region. */
const anthropicEndpointSchema = z.strictObject({
	/** Base URL the Anthropic SDK and ANTHROPIC_BASE_URL take; `/v1/messages` is appended to it. */
	baseUrl: webUrl,
	/** How the key is sent on this endpoint. */
	auth: authSchemeSchema,
	/** Key into `sources`. */
	source: sourceKey,
	/** The mistake people make with this URL, shown beside it. */
	pitfall: z.string().optional(),
});

/** A site or region with its own hosts (and usually its own keys). */
const regionSchema = z
	.strictObject({
		/** Short id used in presets, e.g. `cn`, `intl`, `global`. */
		id: z.string().regex(/^[a-z0-9-]+$/, 'region ids are lowercase words joined by hyphens'),
		/** What a reader calls it, e.g. "China (Beijing)". */
		label: z.string().min(2),
		/** The OpenAI-compatible endpoint, where offered. */
		openai: openaiEndpointSchema.optional(),
		/** The Anthropic-compatible endpoint, where offered. */
		anthropic: anthropicEndpointSchema.optional(),
	})
	.refine((region) => region.openai || region.anthropic, {
		message: 'a region needs an `openai` or an `anthropic` endpoint',
	});

/** A model id the API accepts. */
const modelSchema = z.strictObject({
	/** The exact `model` string sent in the request body. */
	id: z.string().min(1),
	/** True when the provider documents it as free to call. */
	free: z.boolean().default(false),
	/** Key into `sources`. */
	source: sourceKey,
	/** A caveat, such as a retirement date. */
	note: z.string().optional(),
});

/** Something a reader must not take at face value, such as two sources that disagree. */
const caveatSchema = z.strictObject({
	/** The caveat in one or two sentences. */
	text: z.string().min(10),
	/** Keys into `sources` that back it. */
	sources: z.array(sourceKey).min(1),
});

/** One provider: how to reach it, authenticate, and what it calls its models. */
export const providerSchema = z.strictObject({
	/** Display name, e.g. "Zhipu GLM (BigModel)". */
	name: z.string().min(2),
	/** Short name for tables and chips, e.g. "Zhipu". */
	shortName: z.string().min(2).max(24),
	/** Chinese name where the provider has one, e.g. "智谱". */
	nameZh: z.string().optional(),
	/** `direct` serves its own models, `router` resells many providers' models, `gateway` proxies your own keys. */
	kind: z.enum(['direct', 'router', 'gateway']),
	/** The provider's home page. */
	website: sourcedLink(),
	/** The console page where API keys are created. */
	keyConsole: sourcedLink().optional(),
	/** API documentation home. */
	docs: sourcedLink(),
	/** The provider's error-code reference. */
	errorDocs: sourcedLink().optional(),
	/** An official status page, where one exists. */
	statusPage: sourcedLink().optional(),
	/** The environment variable its SDKs and examples read the key from. */
	envVar: sourced(
		z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an UPPER_SNAKE_CASE variable name'),
	),
	/** What a key looks like, as a hint (never a real key). */
	keyHint: sourced(z.string()).optional(),
	/** Regions or sites, each with its endpoints. */
	regions: z.array(regionSchema).min(1),
	/** Model ids worth testing with. */
	models: z.array(modelSchema).min(1),
	/** Sign-up or free credits, as the source states them. Omit when no source states any. */
	freeCredits: sourced(z.string().min(3)).optional(),
	/** What it is the better choice for, in a few words (our editorial judgement, not a fact). */
	bestFor: z.string().min(5).max(90),
	/** Caveats and conflicts between sources. */
	caveats: z.array(caveatSchema).default([]),
	/** Every source the facts above point at. */
	sources: sourcesSchema,
});

export type ProviderData = z.infer<typeof providerSchema>;
export type Region = ProviderData['regions'][number];
export type Model = ProviderData['models'][number];
