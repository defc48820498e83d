import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorSignatureSchema } from './schemas/error-signature.ts';
import { providerSchema } from './schemas/provider.ts';
import { questionSchema } from './schemas/question.ts';

// References between collections are plain ids here; `src/integrations/content-check.ts`
// resolves them before the build and names the file and field of any that dangle.
export const collections = {
	questions: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './content/questions' }),
		schema: questionSchema,
	}),
	providers: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/providers' }),
		schema: providerSchema,
	}),
	errors: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/errors' }),
		schema: errorSignatureSchema,
	}),
};
