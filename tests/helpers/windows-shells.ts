/**
 * Models of how Windows turns a pasted command into a program's arguments, for table tests of the
 * PowerShell and cmd generators (neither shell runs here). They follow the documented rules:
 * cmd's percent expansion and caret/quote phase for interactive commands, then the C runtime's
 * CommandLineToArgvW splitting; PowerShell's verbatim strings and here-strings.
 */

/** cmd, interactive: `^` + newline joins lines; `%NAME%` expands only when NAME is defined. */
export function cmdExpand(line: string, env: Record<string, string>): string {
	const joined = line.replace(/\^\n/g, '');
	let out = '';
	for (let index = 0; index < joined.length;) {
		const char = joined[index]!;
		const close = char === '%' ? joined.indexOf('%', index + 1) : -1;
		if (close > index) {
			const name = joined.slice(index + 1, close);
			if (Object.hasOwn(env, name)) {
				out += env[name];
				index = close + 1;
				continue;
			}
		}
		out += char;
		index += 1;
	}
	return out;
}

/**
 * cmd's second phase: outside quotes `^` takes the next character literally and `&|<>` end the
 * command (reported as an error here: a generated command must never contain one unescaped);
 * a `"` that is not escaped toggles quoting and is kept.
 */
export function cmdUnescape(line: string): string {
	let out = '';
	let quoted = false;
	for (let index = 0; index < line.length; index += 1) {
		const char = line[index]!;
		if (quoted) {
			if (char === '"') quoted = false;
			out += char;
		} else if (char === '^') {
			index += 1;
			out += line[index] ?? '';
		} else if ('&|<>'.includes(char)) {
			throw new Error(`unescaped ${char} at ${index}: cmd would split the command here`);
		} else {
			if (char === '"') quoted = true;
			out += char;
		}
	}
	return out;
}

/** How a Windows C program splits its command line into argv (CommandLineToArgvW rules). */
export function windowsArgv(commandLine: string): string[] {
	const args: string[] = [];
	let current = '';
	let inArg = false;
	let quoted = false;
	for (let index = 0; index < commandLine.length;) {
		const char = commandLine[index]!;
		if (char === '\\') {
			let count = 0;
			while (commandLine[index] === '\\') {
				count += 1;
				index += 1;
			}
			if (commandLine[index] === '"') {
				current += '\\'.repeat(Math.floor(count / 2));
				if (count % 2 === 1) {
					current += '"';
					index += 1;
				}
			} else current += '\\'.repeat(count);
			inArg = true;
			continue;
		}
		if (char === '"') {
			quoted = !quoted;
			inArg = true;
		} else if ((char === ' ' || char === '\t') && !quoted) {
			if (inArg) args.push(current);
			current = '';
			inArg = false;
		} else {
			current += char;
			inArg = true;
		}
		index += 1;
	}
	if (inArg) args.push(current);
	return args;
}

/** Reads a PowerShell verbatim string ('...' with doubled quotes) starting at `start`. */
export function readPowerShellVerbatim(text: string, start = 0): { value: string; end: number } {
	const quotes = "'\u2018\u2019\u201a\u201b";
	if (!quotes.includes(text[start]!)) throw new Error(`no verbatim string at ${start}`);
	let value = '';
	for (let index = start + 1; index < text.length; index += 1) {
		const char = text[index]!;
		if (quotes.includes(char)) {
			const next = text[index + 1];
			if (next !== undefined && quotes.includes(next)) {
				value += char;
				index += 1;
			} else return { value, end: index + 1 };
		} else value += char;
	}
	throw new Error('unterminated verbatim string');
}

/** The text of a verbatim here-string (@'…'@): it ends at the first line that starts with '@. */
export function readPowerShellHereString(script: string): string {
	const start = script.indexOf("@'\n");
	if (start < 0) throw new Error('no here-string');
	const end = script.search(/\n['\u2018\u2019\u201a\u201b]@/);
	return script.slice(start + 3, end);
}
