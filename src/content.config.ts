import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorSignatureSchema } from './schemas/error-signature.ts';
import { providerSchema } from './schemas/provider.ts';
import { questionSchema } from './schemas/question.ts';
import {
	errorTranslationSchema,
	providerTranslationSchema,
	questionTranslationSchema,
} from './schemas/translation.ts';

// References between collections are plain ids here; `src/integrations/content-check.ts`
// resolves them before the build and names the file and field of any that dangle. The `zh`
// folders hold the Chinese edition's text; its facts come from the English files.
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
	questionsZh: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './content/questions/zh' }),
		schema: questionTranslationSchema,
	}),
	providersZh: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/providers/zh' }),
		schema: providerTranslationSchema,
	}),
	errorsZh: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/errors/zh' }),
		schema: errorTranslationSchema,
	}),
};
