// How the error decoder does on the real error texts in tests/fixtures/decode/: top-1 accuracy and
// the rate of wrong specific answers (a signature shown for a text it does not fit), per class.
// Prints a table, then every fixture it got wrong; `--fixtures DIR` reads another folder (held-out
// texts in the same format). Exits 1 when any answer is a wrong specific one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeError, type DecodeResult } from '../src/lib/decode/match.ts';
import { realDecoderData } from '../tests/helpers/decoder-data.ts';

interface Expected {
	match?: 'signature' | 'class' | 'unknown';
	provider?: string;
	cause?: string;
	page?: string;
}

type Verdict = 'right' | 'wrong-specific' | 'wrong-class' | 'missed';

/** Right, a wrong signature, a wrong class, or nothing where something was expected. */
function judge(result: DecodeResult, expected: Expected): Verdict {
	const top = result.matches[0]?.signature;
	const kind = expected.match ?? 'signature';
	if (top) {
		const fits =
			kind === 'signature' &&
			top.cause === expected.cause &&
			top.page.path === `/${expected.page}/` &&
			(!expected.provider || result.provider?.id === expected.provider);
		return fits ? 'right' : 'wrong-specific';
	}
	if (result.class) {
		if (kind === 'unknown') return 'wrong-class';
		const fits =
			result.class.cause === expected.cause &&
			(kind === 'signature' || !expected.page || result.class.page?.path === `/${expected.page}/`);
		// A class answer where a signature was expected is honest but not the top-1 answer.
		return fits && kind === 'class' ? 'right' : fits ? 'missed' : 'wrong-class';
	}
	return kind === 'unknown' ? 'right' : 'missed';
}

const folder = process.argv.includes('--fixtures')
	? process.argv[process.argv.indexOf('--fixtures') + 1]!
	: 'tests/fixtures/decode';
const data = realDecoderData();
const rows = new Map<string, Record<Verdict, number>>();
const wrong: string[] = [];
for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
	const fixture = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
		input: string;
		expected: Expected;
	};
	const result = decodeError(fixture.input, data);
	const verdict = judge(result, fixture.expected);
	const group = fixture.expected.match === 'unknown' ? 'unknown' : fixture.expected.cause!;
	const row = rows.get(group) ?? { right: 0, 'wrong-specific': 0, 'wrong-class': 0, missed: 0 };
	row[verdict] += 1;
	rows.set(group, row);
	if (verdict !== 'right') {
		const got = result.matches[0]
			? `signature ${result.matches[0].signature.page.path} (${result.matches[0].signature.cause})`
			: result.class
				? `class ${result.class.cause} ${result.class.page?.path ?? ''}`
				: 'unknown';
		wrong.push(
			`${verdict.padEnd(14)} ${name}: got ${got}; expected ${JSON.stringify(fixture.expected)}`,
		);
	}
}
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log('| class | texts | top-1 right | wrong specific | wrong class | missed |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const total = { right: 0, 'wrong-specific': 0, 'wrong-class': 0, missed: 0 };
for (const [group, row] of [...rows].sort()) {
	const count = Object.values(row).reduce((a, b) => a + b, 0);
	for (const key of Object.keys(total) as Verdict[]) total[key] += row[key];
	console.log(
		`| ${group} | ${count} | ${percent(row.right, count)} | ${percent(row['wrong-specific'], count)} | ${row['wrong-class']} | ${row.missed} |`,
	);
}
const count = Object.values(total).reduce((a, b) => a + b, 0);
console.log(
	`| all | ${count} | ${percent(total.right, count)} | ${percent(total['wrong-specific'], count)} | ${total['wrong-class']} | ${total.missed} |`,
);
if (wrong.length > 0) console.log(`\n${wrong.join('\n')}`);
if (total['wrong-specific'] > 0) process.exitCode = 1;
