import type { ContentFile, ContentSet } from './check-content.ts';
import { entryId } from './check-content.ts';
import type { ContentProblem } from './problems.ts';

/**
 * The Chinese edition's files. They hold only reader-facing text; facts (URLs, codes, model ids,
 * statuses, dates, sources) are read from the English files, never copied.
 *
 * - `content/questions/zh/<id>.mdx`: the text fields of a question page's frontmatter, and its body.
 * - `content/providers/zh/<id>.yaml`: the text of a provider file, in the same shape.
 * - `content/errors/zh/<group>.yaml`: error ids mapped to their title, fix, action and source titles.
 */
export interface TranslationSet {
	questions: ContentFile[];
	providers: ContentFile[];
	errors: ContentFile[];
}

/** Question frontmatter fields a translation carries; every other field comes from English. */
export const QUESTION_TEXT_FIELDS = [
	'title',
	'description',
	'shortAnswer',
	'keywords',
	'conclusion',
	'steps',
	'checklist',
	'faq',
] as const;

/** Lists that a translation must keep item for item, in the same order. */
const PARALLEL_LISTS = ['conclusion', 'steps', 'checklist', 'faq'] as const;

/** A Chinese title's width limit, in full-width characters (a half-width one counts half). */
export const ZH_TITLE_WIDTH = 30;
/** A Chinese description's length, in characters. */
export const ZH_DESCRIPTION_LENGTH = { min: 50, max: 120 } as const;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** True when the text has at least one Chinese character. */
export function hasChinese(text: string): boolean {
	return CJK.test(text);
}

/** Display width: full-width characters count 1, ASCII and other half-width ones 0.5. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += /[\u0020-\u007e\uff61-\uff9f]/.test(char) ? 0.5 : 1;
	return width;
}

const URL_PATTERN = /https?:\/\/[^\s)\]`'"<>，。、；：）」』]+/g;
// Anything with a digit (figures, codes, statuses, dates, versions, model ids) or a dotted host.
const TOKEN_PATTERN = /[a-z0-9][a-z0-9._/-]*[a-z0-9]|\d/g;

function normalised(text: string): string {
	return text.toLowerCase().replace(/(\d),(\d{3})\b/g, '$1$2');
}

/** URLs in a text, without trailing punctuation. */
export function urlsIn(text: string): Set<string> {
	return new Set(
		[...text.matchAll(URL_PATTERN)].map((match) => match[0].replace(/[.,;:!?]+$/, '')),
	);
}

/**
 * The facts a text states, as tokens: every run with a digit (a figure, code, status, date,
 * version or model id) and every dotted host name. Thousands separators are dropped, so
 * "1,000" and "1000" are one figure.
 */
export function factTokens(text: string): Set<string> {
	const tokens = new Set<string>();
	for (const [token] of normalised(text).matchAll(TOKEN_PATTERN)) {
		if (/\d/.test(token) || /[a-z]\.[a-z]/.test(token)) tokens.add(token);
	}
	return tokens;
}

/**
 * The facts of `translated` that `original` does not state, as tokens. A token passes when the
 * original has it as a token or contains it between non-alphanumerics (a path's last segment).
 */
export function newFacts(translated: string, original: string): string[] {
	const known = factTokens(original);
	const text = normalised(original);
	return [...factTokens(translated)].filter((token) => {
		if (known.has(token)) return false;
		const escaped = token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
		return !new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(text);
	});
}

/** URLs the original states that the translation leaves out. */
export function droppedUrls(translated: string, original: string): string[] {
	const kept = urlsIn(translated);
	return [...urlsIn(original)].filter((url) => !kept.has(url));
}

// Code blocks and MDX components: a translation keeps them byte for byte, in the same order.
const FENCE = /^(```|~~~)[\s\S]*?^\1\s*$/gm;
const COMPONENT = /^<[A-Z][\s\S]*?\/>\s*$/gm;

/** The fenced code blocks and component tags of an MDX body, in order. */
export function fixedBlocks(body: string): string[] {
	const fences = [...body.matchAll(FENCE)].map((match) => ({ at: match.index, text: match[0] }));
	const withoutFences = body.replace(FENCE, (block) => ' '.repeat(block.length));
	const components = [...withoutFences.matchAll(COMPONENT)].map((match) => ({
		at: match.index,
		text: match[0].trim(),
	}));
	return [...fences, ...components].sort((a, b) => a.at - b.at).map((block) => block.text);
}

/**
 * Lines of a Chinese body that read as English prose: no Chinese character, and four English
 * words in a row once inline code, URLs and quoted strings are taken out.
 */
export function englishLines(body: string): string[] {
	const prose = body.replace(FENCE, '').replace(COMPONENT, '');
	return prose
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !hasChinese(line))
		.filter((line) => {
			const bare = line
				.replace(/`[^`]*`/g, ' ')
				.replace(URL_PATTERN, ' ')
				.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ');
			return /(?:\b[A-Za-z]{2,}\b[\s,]+){3}\b[A-Za-z]{2,}\b/.test(bare);
		});
}

type Json = Record<string, unknown>;

/** Every string leaf of a value with its path: `regions[0].label`. */
export function stringLeaves(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value))
		return value.flatMap((item, index) => stringLeaves(item, `${path}[${index}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) =>
			stringLeaves(item, path ? `${path}.${key}` : key),
		);
	return [];
}

/**
 * The reader-facing text of a provider file, by path: what a translation must give.
 * Names, labels, pitfalls, notes, the key hint, free credits, best-for, caveats, source titles.
 */
export function providerTextPaths(data: Json): Map<string, string> {
	const paths = new Map<string, string>();
	const put = (path: string, value: unknown) => {
		if (typeof value === 'string') paths.set(path, value);
	};
	put('name', data.name);
	put('shortName', data.shortName);
	for (const field of ['website', 'keyConsole', 'docs', 'errorDocs', 'statusPage', 'envVar'])
		put(`${field}.note`, (data[field] as Json | undefined)?.note);
	for (const field of ['keyHint', 'freeCredits']) {
		const fact = data[field] as Json | undefined;
		put(`${field}.value`, fact?.value);
		put(`${field}.note`, fact?.note);
	}
	((data.regions as Json[] | undefined) ?? []).forEach((region, index) => {
		put(`regions[${index}].label`, region.label);
		for (const format of ['openai', 'anthropic'])
			put(`regions[${index}].${format}.pitfall`, (region[format] as Json | undefined)?.pitfall);
	});
	((data.models as Json[] | undefined) ?? []).forEach((model, index) =>
		put(`models[${index}].note`, model.note),
	);
	put('bestFor', data.bestFor);
	((data.caveats as Json[] | undefined) ?? []).forEach((caveat, index) =>
		put(`caveats[${index}].text`, caveat.text),
	);
	for (const [key, source] of Object.entries((data.sources as Json | undefined) ?? {}))
		put(`sources.${key}`, (source as Json).title);
	return paths;
}

/** The reader-facing text of an error file, by path. */
export function errorTextPaths(data: Json): Map<string, string> {
	const paths = new Map<string, string>();
	for (const field of ['title', 'fix', 'action'])
		if (typeof data[field] === 'string') paths.set(field, data[field] as string);
	for (const [key, source] of Object.entries((data.sources as Json | undefined) ?? {}))
		paths.set(`sources.${key}`, (source as Json).title as string);
	return paths;
}

/** Fields whose Chinese text must contain Chinese (names and source titles may stay as they are). */
function mustBeChinese(path: string): boolean {
	return !/^(name|shortName|sources\..*|keywords\[\d+\])$/.test(path);
}

/** A translation's text by path, flattened the same way as the English paths. */
function translatedPaths(data: Json): Map<string, string> {
	const paths = new Map<string, string>();
	for (const [path, text] of stringLeaves(data)) {
		// Arrays of regions and models may carry `id` to line up with English; that is not text.
		if (/\.id$/.test(path)) continue;
		// Source titles are written as `sources.key: title`.
		paths.set(path, text);
	}
	return paths;
}

/** Compares one translated text field with its English original. */
function compareField(
	file: string,
	field: string,
	translated: string,
	original: string,
	path = field,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const added = newFacts(translated, original);
	if (added.length > 0)
		problems.push({
			file,
			field,
			message: `states ${added.map((token) => `"${token}"`).join(', ')}, which the English text does not`,
		});
	const dropped = droppedUrls(translated, original);
	if (dropped.length > 0)
		problems.push({ file, field, message: `leaves out ${dropped.join(', ')}` });
	if (mustBeChinese(path) && !hasChinese(translated))
		problems.push({ file, field, message: 'has no Chinese: translate it' });
	return problems;
}

/** Compares a translated data file (provider or error) with the English text paths. */
function compareData(
	file: string,
	translated: Map<string, string>,
	original: Map<string, string>,
	prefix = '',
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const [path, text] of translated) {
		const english = original.get(path);
		if (english === undefined)
			problems.push({
				file,
				field: prefix + path,
				message: 'the English file has no such text field',
			});
		else problems.push(...compareField(file, prefix + path, text, english, path));
	}
	for (const path of original.keys())
		if (!translated.has(path))
			problems.push({ file, field: prefix + path, message: 'missing: translate this field' });
	return problems;
}

/** Body and frontmatter text of a question file, as one string, for the page-wide fact check. */
function questionText(data: Json, body: string): string {
	return [
		...QUESTION_TEXT_FIELDS.flatMap((field) => stringLeaves(data[field]).map(([, text]) => text)),
		body,
	].join('\n');
}

/** What a Chinese question page gets wrong against its English page. */
function checkQuestion(zh: ContentFile, en: ContentFile): ContentProblem[] {
	const file = zh.path;
	const data = (zh.data ?? {}) as Json;
	const english = en.data as Json;
	const problems: ContentProblem[] = [];
	for (const key of Object.keys(data))
		if (!(QUESTION_TEXT_FIELDS as readonly string[]).includes(key))
			problems.push({
				file,
				field: key,
				message: 'not a text field: facts come from the English page, leave it out',
			});
	for (const key of QUESTION_TEXT_FIELDS)
		if (data[key] === undefined)
			problems.push({ file, field: key, message: 'missing: translate this field' });
	if (typeof data.title === 'string' && displayWidth(data.title) > ZH_TITLE_WIDTH)
		problems.push({
			file,
			field: 'title',
			message: `${displayWidth(data.title)} full-width characters; at most ${ZH_TITLE_WIDTH}`,
		});
	if (typeof data.description === 'string') {
		const length = [...data.description].length;
		if (length < ZH_DESCRIPTION_LENGTH.min || length > ZH_DESCRIPTION_LENGTH.max)
			problems.push({
				file,
				field: 'description',
				message: `${length} characters; expected ${ZH_DESCRIPTION_LENGTH.min} to ${ZH_DESCRIPTION_LENGTH.max}`,
			});
	}
	if (
		Array.isArray(data.keywords) &&
		(data.keywords.length < 2 || data.keywords.length > 10 || !data.keywords.some(hasChinese))
	)
		problems.push({
			file,
			field: 'keywords',
			message: 'expected 2 to 10 phrases, at least one in Chinese',
		});
	for (const list of PARALLEL_LISTS) {
		const mine = data[list];
		const theirs = english[list];
		if (Array.isArray(mine) && Array.isArray(theirs) && mine.length !== theirs.length)
			problems.push({
				file,
				field: list,
				message: `${mine.length} items; the English page has ${theirs.length}, keep them item for item`,
			});
	}
	for (const field of ['title', 'description', 'shortAnswer', ...PARALLEL_LISTS])
		for (const [path, text] of stringLeaves(data[field], field))
			if (!hasChinese(text))
				problems.push({ file, field: path, message: 'has no Chinese: translate it' });
	const zhBody = zh.body ?? '';
	const enBody = en.body ?? '';
	const ours = fixedBlocks(zhBody);
	const theirs = fixedBlocks(enBody);
	if (ours.join('\n\u0000') !== theirs.join('\n\u0000')) {
		const at = ours.findIndex((block, index) => block !== theirs[index]);
		const first = at === -1 ? ours.length : at;
		problems.push({
			file,
			field: 'body',
			message: `code blocks and components must match the English body byte for byte, in order; block ${first + 1} differs: ${JSON.stringify((theirs[first] ?? ours[first] ?? '').slice(0, 80))}`,
		});
	}
	for (const line of englishLines(zhBody))
		problems.push({ file, field: 'body', message: `English prose: ${line.slice(0, 80)}` });
	// Facts: checked against the whole English page, code blocks excluded on both sides (they
	// are identical by the rule above).
	const strip = (text: string) => text.replace(FENCE, '');
	const zhText = strip(questionText(data, zhBody));
	const enText = strip(questionText(english, enBody));
	const added = newFacts(zhText, enText);
	if (added.length > 0)
		problems.push({
			file,
			field: '(page)',
			message: `states ${added.map((token) => `"${token}"`).join(', ')}, which the English page does not`,
		});
	const dropped = droppedUrls(zhText, enText);
	if (dropped.length > 0)
		problems.push({ file, field: '(page)', message: `leaves out ${dropped.join(', ')}` });
	return problems;
}

/** Which English entries have no Chinese version yet, by collection. */
export interface MissingTranslations {
	questions: string[];
	providers: string[];
	errors: string[];
}

/**
 * Checks every Chinese file against its English original and lists the English entries that
 * have no translation. Problems are errors; missing translations only keep a page from being
 * published in Chinese.
 */
export function checkTranslations(
	set: ContentSet,
	zh: TranslationSet,
): { problems: ContentProblem[]; missing: MissingTranslations } {
	const problems: ContentProblem[] = [];
	const questions = new Map(set.questions.map((file) => [entryId(file.path), file]));
	const providers = new Map(set.providers.map((file) => [entryId(file.path), file]));
	const errors = new Map(set.errors.map((file) => [entryId(file.path), file]));

	const translatedQuestions = new Set<string>();
	for (const file of zh.questions) {
		const id = entryId(file.path);
		const english = questions.get(id);
		if (!english) {
			problems.push({ file: file.path, field: '', message: `no English page "${id}"` });
			continue;
		}
		translatedQuestions.add(id);
		problems.push(...checkQuestion(file, english));
	}
	const seen = new Map<string, string>();
	for (const file of zh.questions) {
		for (const field of ['title', 'description'] as const) {
			const text = (file.data as Json | undefined)?.[field];
			if (typeof text !== 'string') continue;
			const other = seen.get(`${field}:${text}`);
			if (other)
				problems.push({
					file: file.path,
					field,
					message: `the same as in ${other}; make it unique`,
				});
			seen.set(`${field}:${text}`, file.path);
		}
	}

	const translatedProviders = new Set<string>();
	for (const file of zh.providers) {
		const id = entryId(file.path);
		const english = providers.get(id);
		if (!english) {
			problems.push({ file: file.path, field: '', message: `no English provider "${id}"` });
			continue;
		}
		translatedProviders.add(id);
		problems.push(
			...compareData(
				file.path,
				translatedPaths((file.data ?? {}) as Json),
				providerTextPaths(english.data as Json),
			),
		);
	}

	const translatedErrors = new Set<string>();
	for (const file of zh.errors) {
		for (const [id, entry] of Object.entries((file.data ?? {}) as Json)) {
			const english = errors.get(id);
			if (!english) {
				problems.push({ file: file.path, field: id, message: `no English error "${id}"` });
				continue;
			}
			if (translatedErrors.has(id))
				problems.push({ file: file.path, field: id, message: 'translated twice' });
			translatedErrors.add(id);
			problems.push(
				...compareData(
					file.path,
					translatedPaths((entry ?? {}) as Json),
					errorTextPaths(english.data as Json),
					`${id}.`,
				),
			);
		}
	}
	return {
		problems,
		missing: {
			questions: [...questions.keys()].filter((id) => !translatedQuestions.has(id)),
			providers: [...providers.keys()].filter((id) => !translatedProviders.has(id)),
			errors: [...errors.keys()].filter((id) => !translatedErrors.has(id)),
		},
	};
}
