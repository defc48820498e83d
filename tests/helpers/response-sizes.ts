import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Records the gzipped size of every response `page` receives that `counts` accepts, by URL.
 * Bodies are read asynchronously, so `total()` first waits for every read started so far.
 */
export function recordSizes(page: Page, counts: (response: Response) => boolean) {
	const sizes = new Map<string, number>();
	const reads: Array<Promise<void>> = [];
	page.on('response', (response) => {
		if (!counts(response)) return;
		reads.push(
			response.body().then((body) => {
				sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
			}),
		);
	});
	return {
		sizes,
		async total(): Promise<number> {
			await Promise.all(reads);
			return [...sizes.values()].reduce((sum, size) => sum + size, 0);
		},
	};
}
