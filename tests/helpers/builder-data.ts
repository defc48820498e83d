import { entryId } from '../../src/lib/content/check-content.ts';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { providerSchema } from '../../src/schemas/provider.ts';
import type { ProviderEntry } from '../../src/lib/snippets/request-spec.ts';

// Shared by Vitest and Playwright tests, so it imports neither.

const root = new URL('../..', import.meta.url).pathname;

/** A prompt with every character class that breaks naive quoting in some shell or language. */
export const AWKWARD_PROMPT =
	"It's \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) ''\n" +
	'second line\ttab 中文：身份验证失败 emoji 🔑🚀 \u2028 end\\';

/** Every provider in `content/providers`, parsed with the schema's defaults applied. */
export function loadProviders(): ProviderEntry[] {
	const { set } = loadContentSet(root);
	return set.providers.map((file) => ({
		id: entryId(file.path),
		...providerSchema.parse(file.data),
	}));
}
