/**
 * Markup that only Pagefind reads (filters, result metadata, Chinese search terms) sits in one
 * `<div hidden data-index-only>` per page. Once the index is written, readers have no use for
 * it, so the build removes it from the HTML they download. The block holds spans only, so its
 * first closing `</div>` is its own.
 */
export const INDEX_ONLY_ATTRIBUTE = 'data-index-only';

const BLOCK = new RegExp(`<div hidden ${INDEX_ONLY_ATTRIBUTE}>[\\s\\S]*?</div>`, 'g');

/** The page without its index-only block. */
export function stripIndexOnly(html: string): string {
	return html.replace(BLOCK, '');
}
