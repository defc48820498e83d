import type { Citation } from '../../lib/citations.ts';

/** One fact as a table cell shows it: optional label, the text, and where it came from. */
export interface Fact {
	/** Shown before the text, e.g. a region name. */
	label?: string;
	text: string;
	/** Render the text as code (URLs, variables, model ids). */
	code?: boolean;
	/** Dim the text (for "not stated"). */
	muted?: boolean;
	cite?: Citation;
}
