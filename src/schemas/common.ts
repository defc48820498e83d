import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is a real calendar day written as YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
	if (!ISO_DATE.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * A calendar day written as YYYY-MM-DD. YAML parsers that turn such text into a Date
 * (js-yaml does) are accepted too, and the value is always handed on as the string.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().refine(isCalendarDate, { message: 'expected a real date written as YYYY-MM-DD' }),
);

/** An absolute http(s) URL; anything else (a bare host, a relative path) is a mistake here. */
export const webUrl = z.url({
	protocol: /^https?$/,
	message: 'expected an absolute http:// or https:// URL',
});

/** One place a fact was read, with the day someone last checked it there. */
export const sourceSchema = z.strictObject({
	/** Where the fact can be read. */
	url: webUrl,
	/** What the page is, as a reader would name it (for example "Zhipu error codes"). */
	title: z.string().min(3),
	/** The day the fact was last checked against this page. */
	checked: isoDate,
});

/** The sources of one data file, by short key; facts point at a key. */
export const sourcesSchema = z.record(
	z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source keys are lowercase words joined by hyphens'),
	sourceSchema,
);

/** Key of an entry in the same file's `sources`; whether it exists is checked per file. */
export const sourceKey = z.string().min(1);

/** A value with the key of the source it came from. */
export function sourced<T extends z.ZodType>(value: T) {
	return z.strictObject({
		/** The fact itself. */
		value,
		/** Key into this file's `sources`. */
		source: sourceKey,
		/** A caveat a reader should see beside the fact. */
		note: z.string().optional(),
	});
}

/**
 * A link to another site, with its source. `sponsored: true` marks a link someone pays us for
 * (a referral or affiliate link): it is rendered with rel="sponsored", and the link check holds
 * the build to that.
 */
export function sourcedLink() {
	return sourced(webUrl).extend({ sponsored: z.boolean().optional() });
}

export type Source = z.infer<typeof sourceSchema>;
