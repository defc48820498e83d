import { z } from 'astro/zod';

/**
 * Why a request fails, in the reader's terms. Pages, error signatures and the home page's
 * grouping share this list; labels live in the UI strings.
 */
export const CAUSES = [
	'auth',
	'permission',
	'base-url',
	'model',
	'format',
	'region',
	'balance',
	'rate-limit',
	'bad-request',
	'proxy',
	'streaming',
	'server',
	'context-length',
	'moderation',
	'network',
	'unsupported-param',
	'tool-calling',
	'truncated',
] as const;

/** One of {@link CAUSES}. */
export const causeSchema = z.enum(CAUSES);

export type Cause = z.infer<typeof causeSchema>;
