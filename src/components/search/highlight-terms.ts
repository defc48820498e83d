/**
 * Marks the words a reader searched for (`?highlight=…`, set by search results) in the page's
 * indexed content, and scrolls the first into view. Loaded only when that parameter is present.
 */
export function highlightTerms(query: string, root: HTMLElement): HTMLElement | null {
	const terms = query
		.split(/\s+/)
		.map((term) => term.trim())
		.filter((term) => term.length >= 2)
		.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (terms.length === 0) return null;
	const pattern = new RegExp(`(${terms.join('|')})`, 'giu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, [hidden], mark')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	let first: HTMLElement | null = null;
	for (const node of nodes) {
		const parts = node.data.split(pattern);
		if (parts.length < 2) continue;
		const fragment = document.createDocumentFragment();
		parts.forEach((part, index) => {
			if (index % 2 === 1) {
				const mark = document.createElement('mark');
				mark.textContent = part;
				first ??= mark;
				fragment.append(mark);
			} else if (part) fragment.append(part);
		});
		node.replaceWith(fragment);
	}
	return first;
}

const query = new URLSearchParams(location.search).get('highlight');
const body = document.querySelector<HTMLElement>('main article');
if (query && body) highlightTerms(query, body)?.scrollIntoView({ block: 'center' });
