import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/** The CSP sources (`'sha256-…'`) of the inline scripts and styles a page runs. */
export function inlineSources(html: string): Set<string> {
	const sources = new Set<string>();
	for (const [, tag, attributes = '', body = ''] of html.matchAll(INLINE)) {
		// An external script is allowed by 'self'; a data block (JSON-LD) never runs.
		const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
		if (tag === 'script' && (/\ssrc=/.test(attributes) || (type && type !== 'module'))) continue;
		sources.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
	}
	return sources;
}

/** `policy` without the hashes that match none of `sources`. */
export function keepHashes(policy: string, sources: ReadonlySet<string>): string {
	return policy.replace(/ ('sha(?:256|384|512)-[^']+')/g, (token, source: string) =>
		sources.has(source) ? token : '',
	);
}

/**
 * The page with only the hashes of what it inlines left in its CSP <meta>. Astro writes the same
 * hash list into every page: besides the scripts and styles the site inlines, the hashes of its
 * client directives and island runtime, which this site never renders (the MDX renderer alone
 * makes Astro add them). Each costs every page 54 bytes that gzip cannot shrink, and the question
 * page's first view has a 25 KB budget. The policy only gets stricter. src/middleware.ts applies
 * it to every page as it is rendered.
 */
export function keepUsedHashes(html: string): string {
	return html.replace(
		CSP_META,
		(_, open: string, policy: string, close: string) =>
			open + keepHashes(policy, inlineSources(html)) + close,
	);
}
