import { z } from 'astro/zod';
import { causeSchema } from './causes.ts';
import { sourceKey, sourcesSchema } from './common.ts';

/** What a client should do about the error. */
export const RETRY_ADVICE = ['never', 'after-fix', 'backoff'] as const;
export const retryAdviceSchema = z.enum(RETRY_ADVICE);
export type RetryAdvice = z.infer<typeof retryAdviceSchema>;

/** One exact message string as a source shows it. */
const messageSchema = z.strictObject({
	/** The text exactly as returned or documented, placeholders included. */
	text: z.string().min(2),
	/** Language of the text. */
	lang: z.enum(['en', 'zh']),
	/** `documented` when read in the provider's docs, `observed` when quoted from a real response. */
	kind: z.enum(['documented', 'observed']),
	/** Key into `sources`. */
	source: sourceKey,
});

/** One error a provider returns, as a reader sees it, and what to do about it. */
export const errorSignatureSchema = z.strictObject({
	/** Providers that return it (ids of `content/providers`). */
	providers: z.array(z.string()).min(1),
	/** A short name for the error, e.g. "Authentication failed". */
	title: z.string().min(3).max(80),
	/** HTTP status, or null when the provider documents none. */
	status: z.number().int().min(100).max(599).nullable(),
	/** Key into `sources` for the status, when it differs from the messages' source. */
	statusSource: sourceKey.optional(),
	/** The provider's own error code (business code, `code` or `type` field), when there is one. */
	code: z.string().min(1).optional(),
	/** The exact messages, English and Chinese where both exist. */
	messages: z.array(messageSchema).min(1),
	/** Why it happens, as one of the site's causes. */
	cause: causeSchema,
	/** Whether retrying can help. */
	retry: retryAdviceSchema,
	/** What fixes it, in one to three sentences. */
	fix: z.string().min(20).max(600),
	/** The fix as one imperative line, shown by the error decoder next to the cause. */
	action: z.string().min(10).max(100),
	/** The question page that explains it (id of `content/questions`). */
	page: z.string().min(1),
	/** Every source the messages and status point at. */
	sources: sourcesSchema,
});

export type ErrorSignatureData = z.infer<typeof errorSignatureSchema>;
