/**
 * Writes plain data (objects, arrays, strings, numbers, booleans, null) as source code. Strings
 * are written by JSON.stringify, which escapes exactly what both Python and JavaScript string
 * literals need; only the spelling of objects, keys and constants differs per language.
 */

type Language = 'python' | 'javascript';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function key(name: string, language: Language): string {
	return language === 'javascript' && IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** `value` as a Python or JavaScript expression on one line, `{ a: 1 }` style for JavaScript. */
export function toLiteral(value: unknown, language: Language): string {
	if (value === null) return language === 'python' ? 'None' : 'null';
	if (typeof value === 'boolean')
		return language === 'python' ? (value ? 'True' : 'False') : String(value);
	if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map((item) => toLiteral(item, language)).join(', ')}]`;
	if (typeof value === 'object') {
		const entries = Object.entries(value).map(
			([name, item]) => `${key(name, language)}: ${toLiteral(item, language)}`,
		);
		if (entries.length === 0) return '{}';
		return language === 'python' ? `{${entries.join(', ')}}` : `{ ${entries.join(', ')} }`;
	}
	throw new TypeError(`cannot write ${typeof value} as a literal`);
}

/** A Python string literal for any text. */
export function toPythonString(text: string): string {
	return JSON.stringify(text);
}

/** A JavaScript string literal for any text. */
export function toJsString(text: string): string {
	return JSON.stringify(text);
}
