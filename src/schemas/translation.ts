import { z } from 'astro/zod';

/**
 * The Chinese edition's files hold reader-facing text only; every fact comes from the English
 * file. `src/lib/content/translations.ts` checks them field by field against their originals
 * (facts, URLs, list lengths, title width), with messages that name the file and field.
 */

/** A translated question page: the text fields of the frontmatter (the body is the MDX). */
export const questionTranslationSchema = z.strictObject({
	title: z.string().min(4),
	description: z.string().min(20),
	shortAnswer: z.string().min(20),
	keywords: z.array(z.string().min(2)).min(2).max(10),
	conclusion: z.array(z.string().min(4)),
	steps: z.array(z.string().min(4)),
	checklist: z.array(z.string().min(4)),
	faq: z.array(z.strictObject({ q: z.string().min(4), a: z.string().min(10) })),
});

type TextTree = string | TextTree[] | { [key: string]: TextTree };
const textTree: z.ZodType<TextTree> = z.lazy(() =>
	z.union([z.string(), z.array(textTree), z.record(z.string(), textTree)]),
);

/** A translated provider file: the English file's text fields, in the same shape. */
export const providerTranslationSchema = z.record(z.string(), textTree);

/** A translated group of error files: each error id mapped to its title, fix, action and sources. */
export const errorTranslationSchema = z.record(
	z.string(),
	z.strictObject({
		title: z.string().min(2),
		fix: z.string().min(5),
		action: z.string().min(4),
		sources: z.record(z.string(), z.string().min(2)).default({}),
	}),
);

export type QuestionTranslation = z.infer<typeof questionTranslationSchema>;
export type ProviderTranslation = z.infer<typeof providerTranslationSchema>;
export type ErrorTranslation = z.infer<typeof errorTranslationSchema>;
