/**
 * Markup that only Pagefind reads (filters, result metadata, Chinese search terms) sits in one
 * `<div hidden data-index-only>` per page, and Pagefind's attributes mark what it indexes. Once
 * the index is written, readers have no use for either, so the build removes them from the HTML
 * they download. The block holds spans only, so its first closing `</div>` is its own.
 */
export const INDEX_ONLY_ATTRIBUTE = 'data-index-only';

const BLOCK = new RegExp(`<div hidden ${INDEX_ONLY_ATTRIBUTE}>[\\s\\S]*?</div>`, 'g');

/**
 * Pagefind's own attributes (`data-pagefind-body`, `-ignore`, `-weight`…), where they are inside a
 * tag: a `>` follows before any `<` (text has its `>` escaped). Matched from the attribute rather
 * than from each tag's `<`, so a page is scanned for one string instead of tag by tag.
 */
const ATTRIBUTE = / data-pagefind-[a-z-]+(?:="[^"]*")?(?=[^<>]*>)/g;

/** The page without its index-only block and without the attributes only the indexer reads. */
export function stripIndexOnly(html: string): string {
	return html.replace(BLOCK, '').replace(ATTRIBUTE, '');
}
