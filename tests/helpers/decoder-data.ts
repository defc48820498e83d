import { entryId } from '../../src/lib/content/check-content.ts';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { buildDecoderData } from '../../src/lib/decode/data.ts';
import type { DecoderData } from '../../src/lib/decode/match.ts';
import { errorSignatureSchema } from '../../src/schemas/error-signature.ts';
import { providerSchema } from '../../src/schemas/provider.ts';
import { questionSchema } from '../../src/schemas/question.ts';

const root = new URL('../..', import.meta.url).pathname;

/** The decoder's data from the real content, as the build makes it. */
export function realDecoderData(): DecoderData {
	const { set } = loadContentSet(root);
	const parse = <T>(files: typeof set.errors, schema: { parse: (data: unknown) => T }) =>
		files.map((file) => ({ id: entryId(file.path), data: schema.parse(file.data) }));
	return buildDecoderData({
		errors: parse(set.errors, errorSignatureSchema),
		questions: parse(set.questions, questionSchema),
		providers: parse(set.providers, providerSchema).map(({ id, data }) => ({ id, ...data })),
	});
}
