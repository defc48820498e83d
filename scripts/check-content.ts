// Checks the content without building: `npm run check:content`. With `--with DIR`, the files in
// DIR/questions, DIR/providers and DIR/errors are checked together with content/, as if added,
// so drafts can be validated before they move into the repository.
import { join, relative } from 'node:path';
import { checkContent, findStaleSources } from '../src/lib/content/check-content.ts';
import { loadContentSet } from '../src/lib/content/load-content-node.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const root = process.cwd();
const { set, problems } = loadContentSet(root);
const withIndex = process.argv.indexOf('--with');
if (withIndex > 0) {
	const draftRoot = process.argv[withIndex + 1]!;
	// Drafts live in DIR/<collection>/; load them as if DIR were a project root with content/.
	const drafts = loadContentSet(join(draftRoot, '..'), relative(join(draftRoot, '..'), draftRoot));
	problems.push(...drafts.problems);
	for (const collection of ['questions', 'providers', 'errors'] as const) {
		const replaced = new Set(drafts.set[collection].map((file) => file.path.split('/').at(-1)));
		set[collection] = [
			...set[collection].filter((file) => !replaced.has(file.path.split('/').at(-1))),
			...drafts.set[collection],
		];
	}
}
problems.push(...checkContent(set));
for (const stale of findStaleSources(set, new Date().toISOString().slice(0, 10))) {
	console.warn(
		`warning: ${stale.file} › ${stale.field}: checked ${stale.checked}, ${stale.days} days ago`,
	);
}
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(
	`content ok: ${set.questions.length} questions, ${set.providers.length} providers, ${set.errors.length} error signatures`,
);
