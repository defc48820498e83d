import type { z } from 'astro/zod';

/** One thing wrong with one content file, pinned to a field. */
export interface ContentProblem {
	/** Path of the file from the project root, e.g. `content/questions/glm-api-unauthorized.mdx`. */
	file: string;
	/** The field, e.g. `faq[2].a`; empty when the whole file is at fault. */
	field: string;
	/** What was received and what was expected. */
	message: string;
}

/** Writes a Zod path as a reader types it: `faq[2].a`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
		)
		.join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'string')
		return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
	if (Array.isArray(value)) return `a list of ${value.length}`;
	return typeof value === 'object' && value !== null ? 'an object' : String(value);
}

/** Turns one Zod issue into a sentence that says what was received and what was expected. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown): string {
	const received = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			return received === undefined
				? `required field is missing (expected ${issue.expected})`
				: `expected ${issue.expected}, received ${describe(received)}`;
		case 'too_big':
		case 'too_small': {
			const bound =
				issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
			const unit =
				issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
			const size =
				typeof received === 'string' || Array.isArray(received)
					? `${received.length}${unit}`
					: describe(received);
			return `${size} is too ${issue.code === 'too_big' ? 'long' : 'short'}; expected ${bound}${unit}`;
		}
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling against the schema`;
		case 'invalid_value':
			return `received ${describe(received)}; expected one of ${issue.values.map((value) => String(value)).join(', ')}`;
		default:
			return `${issue.message}; received ${describe(received)}`;
	}
}

/** Zod issues of one file as problems, fields named the way the file names them. */
export function problemsFromZod(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: formatFieldPath(issue.path),
		message: explainIssue(issue, data),
	}));
}

/** All problems as one message, grouped by file, for the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const byFile = Map.groupBy(problems, (problem) => problem.file);
	const lines = [
		`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
	];
	for (const [file, fileProblems] of byFile) {
		lines.push('', file);
		for (const { field, message } of fileProblems) lines.push(`  ${field || '(file)'}: ${message}`);
	}
	return lines.join('\n');
}
