import { STALE_AFTER_DAYS, daysSince } from '../dates.ts';
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
	/** An MDX file's body, after the frontmatter. */
	body?: string;
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

type Schema<T> = {
	safeParse(data: unknown): { success: true; data: T } | { success: false; error: never };
};

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
function checkSourceKeys(
	file: string,
	data: { sources: Record<string, unknown> },
	problems: ContentProblem[],
) {
	const defined = Object.keys(data.sources);
	const visit = (value: unknown, field: string) => {
		if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${field}[${index}]`));
		else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value)) {
				const childField = field ? `${field}.${key}` : key;
				if (key === 'sources' && field === '') continue;
				const keys =
					key === 'source' || key === 'statusSource' ? [child] : key === 'sources' ? child : null;
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

type Preset = { provider: string; region: string; format: string; model: string };

function checkBuilderPreset(
	file: string,
	fieldPrefix: string,
	preset: Preset,
	providers: ReadonlyMap<string, ProviderData>,
	problems: ContentProblem[],
) {
	const { provider: providerId, region: regionId, format, model } = preset;
	const provider = providers.get(providerId);
	const report = (field: string, message: string) =>
		problems.push({ file, field: `${fieldPrefix}${field}`, message });
	if (!provider) {
		report(
			'provider',
			`no provider "${providerId}" exists; known providers: ${[...providers.keys()].sort().join(', ')}`,
		);
		return;
	}
	const region = provider.regions.find((candidate) => candidate.id === regionId);
	if (!region) {
		report(
			'region',
			`provider "${providerId}" has no region "${regionId}"; it has ${provider.regions.map((r) => r.id).join(', ')}`,
		);
	} else if (format !== 'openai' && format !== 'anthropic') {
		report('format', `received "${format}"; expected openai or anthropic`);
	} else if (!region[format]) {
		report('format', `region "${regionId}" of "${providerId}" offers no ${format} endpoint`);
	}
	if (!provider.models.some((candidate) => candidate.id === model)) {
		report(
			'model',
			`provider "${providerId}" lists no model "${model}"; it lists ${provider.models.map((m) => m.id).join(', ')}`,
		);
	}
}

/** Whitespace folded, so a message wrapped by YAML or Markdown still matches. */
function normalise(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** Every string in a file's data, and its body: what a reader of the page can find. */
function textOf(file: ContentFile): string {
	const strings: string[] = [];
	const visit = (value: unknown) => {
		if (typeof value === 'string') strings.push(value);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(file.data);
	return `${strings.join('\n')}\n${file.body ?? ''}`;
}

/** A source whose last check is older than `maxAgeDays` before `today`. */
export interface StaleSource {
	file: string;
	field: string;
	checked: string;
	days: number;
}

/** Sources checked more than `maxAgeDays` before `today` (YYYY-MM-DD), oldest first. */
export function findStaleSources(
	set: ContentSet,
	today: string,
	maxAgeDays = STALE_AFTER_DAYS,
): StaleSource[] {
	const stale: StaleSource[] = [];
	for (const file of [...set.providers, ...set.errors]) {
		const sources =
			(file.data as { sources?: Record<string, { checked?: unknown }> } | null)?.sources ?? {};
		for (const [key, source] of Object.entries(sources)) {
			const checked = String(source.checked ?? '');
			const days = daysSince(checked, today);
			if (days > maxAgeDays)
				stale.push({ file: file.path, field: `sources.${key}.checked`, checked, days });
		}
	}
	return stale.sort((a, b) => b.days - a.days);
}

/** The string attributes of every `<RequestBuilder … />` in an MDX body, in order. */
export function embeddedBuilders(body: string): Array<Record<string, string>> {
	return [...body.matchAll(/<RequestBuilder\b([^>]*)\/>/g)].map(([, attributes]) =>
		Object.fromEntries(
			[...attributes!.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]),
		),
	);
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
	const ids = (files: readonly ContentFile[]) =>
		new Map(files.map((file) => [entryId(file.path), file]));
	const providerIds = ids(set.providers);
	const questionIds = ids(set.questions);
	const errorIds = ids(set.errors);

	for (const { file, data } of errors) {
		data.providers.forEach((id, i) =>
			checkReference(file, `providers[${i}]`, id, providerIds, 'provider', problems),
		);
		checkReference(file, 'page', data.page, questionIds, 'question page', problems);
		const page = set.questions.find((candidate) => entryId(candidate.path) === data.page);
		if (page) {
			const pageText = normalise(textOf(page));
			data.messages.forEach((message, i) => {
				if (!pageText.includes(normalise(message.text))) {
					problems.push({
						file,
						field: `messages[${i}].text`,
						message: `the page "${data.page}" does not quote this message; add it verbatim so a reader who pastes it finds the page`,
					});
				}
			});
		}
	}

	for (const field of ['title', 'description'] as const) {
		const seen = new Map<string, string>();
		for (const { file, data } of questions) {
			const other = seen.get(data[field]);
			if (other)
				problems.push({
					file,
					field,
					message: `the same ${field} as ${other}; each page needs its own`,
				});
			else seen.set(data[field], file);
		}
	}
	for (const question of questions) {
		const { file, data } = question;
		const refs = (
			field: string,
			list: readonly string[],
			known: ReadonlyMap<string, unknown>,
			kind: string,
		) => list.forEach((id, i) => checkReference(file, `${field}[${i}]`, id, known, kind, problems));
		refs('providers', data.providers, providerIds, 'provider');
		refs('comparison.providers', data.comparison.providers, providerIds, 'provider');
		refs('fallbacks', data.fallbacks, providerIds, 'provider');
		refs('related', data.related, questionIds, 'question page');
		refs('errors', data.errors, errorIds, 'error signature');
		const parsedProviders = new Map(providers.map((p) => [p.id, p.data]));
		if (providerIds.has(data.builder.provider) && !parsedProviders.has(data.builder.provider))
			continue;
		checkBuilderPreset(file, 'builder.', data.builder, parsedProviders, problems);
		const source = set.questions.find((candidate) => candidate.path === file);
		embeddedBuilders(source?.body ?? '').forEach((embed, index) => {
			const prefix = `body <RequestBuilder> #${index + 1} `;
			const missing = (['id', 'provider', 'region', 'format', 'model'] as const).filter(
				(name) => !embed[name],
			);
			if (missing.length > 0) {
				problems.push({
					file,
					field: prefix.trim(),
					message: `missing attribute${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
				});
			} else checkBuilderPreset(file, prefix, embed as Preset, parsedProviders, problems);
		});
	}
	return problems;
}
