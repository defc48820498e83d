import { errorSignatureSchema, type ErrorSignatureData } from '../../schemas/error-signature.ts';
import { providerSchema, type ProviderData } from '../../schemas/provider.ts';
import { questionSchema, type QuestionData } from '../../schemas/question.ts';
import { problemsFromZod, type ContentProblem } from './problems.ts';

/** One content file as read from disk: its path from the project root and its parsed data. */
export interface ContentFile {
	/** e.g. `content/providers/zhipu.yaml`. */
	path: string;
	/** The parsed YAML, or the MDX frontmatter. */
	data: unknown;
}

/** The three collections, as files. */
export interface ContentSet {
	questions: ContentFile[];
	providers: ContentFile[];
	errors: ContentFile[];
}

/** The id a collection gives a file: its name without folder and extension. */
export function entryId(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

interface Parsed<T> {
	file: string;
	id: string;
	data: T;
}

type Schema<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false; error: never } };

function parseAll<T>(
	files: readonly ContentFile[],
	schema: Schema<T>,
	problems: ContentProblem[],
): Parsed<T>[] {
	const parsed: Parsed<T>[] = [];
	for (const { path, data } of files) {
		const result = schema.safeParse(data);
		if (result.success) parsed.push({ file: path, id: entryId(path), data: result.data });
		else problems.push(...problemsFromZod(path, result.error, data));
	}
	return parsed;
}

/** Reports every `source` key in `data` (at any depth) that `sources` does not define. */
function checkSourceKeys(file: string, data: { sources: Record<string, unknown> }, problems: ContentProblem[]) {
	const defined = Object.keys(data.sources);
	const visit = (value: unknown, field: string) => {
		if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${field}[${index}]`));
		else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value)) {
				const childField = field ? `${field}.${key}` : key;
				if (key === 'sources' && field === '') continue;
				const keys = key === 'source' || key === 'statusSource' ? [child] : key === 'sources' ? child : null;
				if (Array.isArray(keys)) {
					keys.forEach((sourceKey, index) => {
						if (typeof sourceKey === 'string' && !defined.includes(sourceKey)) {
							problems.push({
								file,
								field: key === 'sources' ? `${childField}[${index}]` : childField,
								message: `no source "${sourceKey}" in this file's \`sources\`; defined: ${defined.join(', ') || 'none'}`,
							});
						}
					});
				} else visit(child, childField);
			}
		}
	};
	visit(data, '');
}

function checkReference(
	file: string,
	field: string,
	id: string,
	known: ReadonlyMap<string, unknown>,
	kind: string,
	problems: ContentProblem[],
) {
	if (known.has(id)) return;
	problems.push({
		file,
		field,
		message: `no ${kind} "${id}" exists; known ${kind}s: ${[...known.keys()].sort().join(', ') || 'none'}`,
	});
}

function checkBuilderPreset(
	question: Parsed<QuestionData>,
	providers: ReadonlyMap<string, ProviderData>,
	problems: ContentProblem[],
) {
	const { provider: providerId, region: regionId, format, model } = question.data.builder;
	const provider = providers.get(providerId);
	if (!provider) return;
	const region = provider.regions.find((candidate) => candidate.id === regionId);
	const report = (field: string, message: string) =>
		problems.push({ file: question.file, field: `builder.${field}`, message });
	if (!region) {
		report('region', `provider "${providerId}" has no region "${regionId}"; it has ${provider.regions.map((r) => r.id).join(', ')}`);
	} else if (!region[format]) {
		report('format', `region "${regionId}" of "${providerId}" offers no ${format} endpoint`);
	}
	if (!provider.models.some((candidate) => candidate.id === model)) {
		report('model', `provider "${providerId}" lists no model "${model}"; it lists ${provider.models.map((m) => m.id).join(', ')}`);
	}
}

/**
 * Checks every content file against its schema, every source key against its file's sources,
 * and every reference against the collection it names. Returns all problems found, not just the first.
 */
export function checkContent(set: ContentSet): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const providers = parseAll(set.providers, providerSchema as Schema<ProviderData>, problems);
	const errors = parseAll(set.errors, errorSignatureSchema as Schema<ErrorSignatureData>, problems);
	const questions = parseAll(set.questions, questionSchema as Schema<QuestionData>, problems);

	for (const entry of [...providers, ...errors]) checkSourceKeys(entry.file, entry.data, problems);

	// References are checked against every file that exists, valid or not, so one broken
	// provider file does not also report every page that mentions it.
	const ids = (files: readonly ContentFile[]) => new Map(files.map((file) => [entryId(file.path), file]));
	const providerIds = ids(set.providers);
	const questionIds = ids(set.questions);
	const errorIds = ids(set.errors);

	for (const { file, data } of errors) {
		data.providers.forEach((id, i) => checkReference(file, `providers[${i}]`, id, providerIds, 'provider', problems));
		checkReference(file, 'page', data.page, questionIds, 'question page', problems);
	}
	for (const question of questions) {
		const { file, data } = question;
		const refs = (field: string, list: readonly string[], known: ReadonlyMap<string, unknown>, kind: string) =>
			list.forEach((id, i) => checkReference(file, `${field}[${i}]`, id, known, kind, problems));
		refs('providers', data.providers, providerIds, 'provider');
		refs('comparison.providers', data.comparison.providers, providerIds, 'provider');
		refs('fallbacks', data.fallbacks, providerIds, 'provider');
		refs('related', data.related, questionIds, 'question page');
		refs('errors', data.errors, errorIds, 'error signature');
		checkReference(file, 'builder.provider', data.builder.provider, providerIds, 'provider', problems);
		checkBuilderPreset(question, new Map(providers.map((p) => [p.id, p.data])), problems);
	}
	return problems;
}
