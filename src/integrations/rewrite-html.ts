import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Passes every HTML file under `dir` through `transform` and writes back the ones it changes;
 * returns how many it changed. The post-build steps that edit pages share it.
 */
export async function rewriteHtmlFiles(
	dir: string,
	transform: (html: string) => string,
): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	let changed = 0;
	for (const entry of entries) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		const html = await readFile(file, 'utf8');
		const rewritten = transform(html);
		if (rewritten !== html) {
			await writeFile(file, rewritten);
			changed += 1;
		}
	}
	return changed;
}
