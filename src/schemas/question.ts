import { z } from 'astro/zod';
import { causeSchema } from './causes.ts';
import { isoDate } from './common.ts';
import { apiFormatSchema } from './provider.ts';

/** The columns a page may pick for its provider comparison. */
export const COMPARISON_COLUMNS = [
	'freeCredits',
	'bestFor',
	'baseUrl',
	'formats',
	'regions',
] as const;

/** One FAQ entry; the same text is shown and exported as FAQPage JSON-LD. */
const faqSchema = z.strictObject({
	/** The question, as a reader would ask it. */
	q: z.string().min(10).max(200),
	/** The answer in plain sentences. */
	a: z.string().min(20).max(800),
});

/** The request builder's starting choices for this page. */
const builderPresetSchema = z.strictObject({
	/** Provider id. */
	provider: z.string().min(1),
	/** Region id of that provider. */
	region: z.string().min(1),
	/** API format. */
	format: apiFormatSchema,
	/** Model id, one the provider lists. */
	model: z.string().min(1),
});

/** Frontmatter of a question page (`content/questions/*.mdx`). */
export const questionSchema = z.strictObject({
	/** The question, shown as the h1 and the page title. */
	title: z.string().min(10).max(60),
	/** Meta description: what the reader gets, 70–160 characters. */
	description: z.string().min(70).max(160),
	/** Two or three sentences that alone solve the common case. */
	shortAnswer: z.string().min(80).max(600),
	/** First publication day. */
	published: isoDate,
	/** Day the page was last checked against its sources. */
	updated: isoDate,
	/** The phrases people search, shown as chips. */
	keywords: z.array(z.string().min(2)).min(2).max(10),
	/** Providers the page is about (ids of `content/providers`). */
	providers: z.array(z.string()).min(1),
	/** Causes the page covers; the first is its main cause. */
	causes: z.array(causeSchema).min(1),
	/** The few bullets to remember. */
	conclusion: z.array(z.string().min(10)).min(2).max(6),
	/** What to do next, in order. */
	steps: z.array(z.string().min(10)).min(3).max(10),
	/** The request builder's preset. */
	builder: builderPresetSchema,
	/** Providers compared under "Recommended paths", and the columns shown. */
	comparison: z.strictObject({
		/** Provider ids, in table order. */
		providers: z.array(z.string()).min(2),
		/** Which provider facts to show. */
		columns: z.array(z.enum(COMPARISON_COLUMNS)).min(1),
	}),
	/** What to confirm before production. */
	checklist: z.array(z.string().min(10)).min(2),
	/** Providers to fall back to with the same OpenAI-compatible client. */
	fallbacks: z.array(z.string()).min(1),
	/** Questions and answers, shown and exported as FAQPage. */
	faq: z.array(faqSchema).min(3),
	/** Related question pages (ids of `content/questions`). */
	related: z.array(z.string()).default([]),
	/** Error signatures this page fixes (ids of `content/errors`). */
	errors: z.array(z.string()).default([]),
});

export type QuestionData = z.infer<typeof questionSchema>;
