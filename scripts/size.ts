// Prints what the first view of each template costs, gzipped (see first-view.ts), and every
// question page whose first view is over the question budget. Reads dist/, so run it after
// `npm run build`. A figure table, not a test: tests/e2e/budgets.spec.ts asserts the budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, firstView } from './first-view.ts';
import { TEMPLATES, ZH_TEMPLATES } from './templates.ts';

const dist = join(process.cwd(), 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

console.log(
	`${'template'.padEnd(14)}${'HTML'.padStart(9)}${'CSS'.padStart(9)}${'JS'.padStart(9)}${'total'.padStart(9)}`,
);
for (const [name, url] of Object.entries({ ...TEMPLATES, ...ZH_TEMPLATES })) {
	const { html, css, js, total } = firstView(dist, url);
	console.log(`${name.padEnd(14)}${kb(html)}${kb(css)}${kb(js)}${kb(total)}`);
}

// Question pages of both editions: /<slug>/ and /zh/<slug>/.
const questions = ['', '/zh']
	.flatMap((prefix) =>
		readdirSync(join(dist, prefix), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `${prefix}/${entry.name}/`),
	)
	.filter((url) => {
		try {
			return readFileSync(join(dist, url, 'index.html'), 'utf8').includes('data-block="question"');
		} catch {
			return false;
		}
	})
	.map((url) => ({ url, ...firstView(dist, url) }))
	.sort((a, b) => b.total - a.total);
const over = questions.filter((page) => page.total > BUDGETS.questionFirstView);
console.log(
	`\nquestion pages (both editions): ${questions.length}, largest first view ${kb(questions[0]?.total ?? 0).trim()}, ${over.length} over ${BUDGETS.questionFirstView / 1024} KB`,
);
for (const page of over) console.log(`  ${kb(page.total)}  ${page.url}`);
