import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { ContentFile, ContentSet } from './check-content.ts';
import type { ContentProblem } from './problems.ts';
import type { TranslationSet } from './translations.ts';

/** Where each collection lives under the project root, and which files it takes. */
export const COLLECTION_FOLDERS = {
	questions: { folder: 'content/questions', extension: '.mdx' },
	providers: { folder: 'content/providers', extension: '.yaml' },
	errors: { folder: 'content/errors', extension: '.yaml' },
} as const;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML text of a file: the whole file, or an MDX file's frontmatter. */
function yamlText(path: string, text: string): string | null {
	if (!path.endsWith('.mdx')) return text;
	return FRONTMATTER.exec(text)?.[1] ?? null;
}

/**
 * Reads every content file below `root` (in `contentFolder`, `content` unless drafts live
 * elsewhere) and parses its YAML. YAML is read with the core
 * schema, so a date stays the text it was written as and a malformed one is caught as such.
 */
export function loadContentSet(
	root: string,
	contentFolder = 'content',
): { set: ContentSet; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const read = ({ folder, extension }: { folder: string; extension: string }) =>
		readFolder(root, folder.replace(/^content/, contentFolder), extension, problems);
	return {
		set: {
			questions: read(COLLECTION_FOLDERS.questions),
			providers: read(COLLECTION_FOLDERS.providers),
			errors: read(COLLECTION_FOLDERS.errors),
		},
		problems,
	};
}

/** Where the Chinese edition's files live: a `zh` folder inside each collection's folder. */
export const TRANSLATION_FOLDERS = {
	questions: { folder: 'content/questions/zh', extension: '.mdx' },
	providers: { folder: 'content/providers/zh', extension: '.yaml' },
	errors: { folder: 'content/errors/zh', extension: '.yaml' },
} as const;

/** Reads the Chinese edition's files below `root`. */
export function loadTranslationSet(root: string): {
	set: TranslationSet;
	problems: ContentProblem[];
} {
	const problems: ContentProblem[] = [];
	const read = ({ folder, extension }: { folder: string; extension: string }) =>
		readFolder(root, folder, extension, problems);
	return {
		set: {
			questions: read(TRANSLATION_FOLDERS.questions),
			providers: read(TRANSLATION_FOLDERS.providers),
			errors: read(TRANSLATION_FOLDERS.errors),
		},
		problems,
	};
}

/** Reads and parses every file with `extension` in `folder`; unreadable ones become problems. */
function readFolder(
	root: string,
	folder: string,
	extension: string,
	problems: ContentProblem[],
): ContentFile[] {
	{
		let names: string[];
		try {
			names = readdirSync(join(root, folder))
				.filter((name) => name.endsWith(extension))
				.sort();
		} catch {
			return [];
		}
		const files: ContentFile[] = [];
		for (const name of names) {
			const path = relative(root, join(root, folder, name)).replaceAll('\\', '/');
			const source = readFileSync(join(root, path), 'utf8');
			const text = yamlText(path, source);
			if (text === null) {
				problems.push({
					file: path,
					field: '',
					message: 'no frontmatter: the file must start with a `---` block',
				});
				continue;
			}
			try {
				const body = path.endsWith('.mdx') ? source.replace(FRONTMATTER, '') : undefined;
				files.push({
					path,
					data: parse(text, { schema: 'core' }),
					...(body === undefined ? {} : { body }),
				});
			} catch (error) {
				const where = error instanceof YAMLParseError ? ` (line ${error.linePos?.[0].line})` : '';
				problems.push({
					file: path,
					field: '',
					message: `not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`,
				});
			}
		}
		return files;
	}
}
