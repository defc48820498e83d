// Checks the Chinese edition against the English files: `npm run check:zh`. With names as
// arguments (`glm-api-unauthorized`, `zhipu`, `errors/zhipu.yaml`), only problems in files whose
// path contains one of them are printed. `--missing` also lists what has no translation yet (the
// build lists it as warnings).
import { loadContentSet, loadTranslationSet } from '../src/lib/content/load-content-node.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { checkTranslations } from '../src/lib/content/translations.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));
const english = loadContentSet(root);
const chinese = loadTranslationSet(root);
const { problems, missing } = checkTranslations(english.set, chinese.set);
const shown = [...chinese.problems, ...problems].filter(
	(problem) => filters.length === 0 || filters.some((name) => problem.file.includes(name)),
);
if (args.includes('--missing')) {
	for (const [collection, ids] of Object.entries(missing))
		if (ids.length > 0) console.log(`no Chinese ${collection} (${ids.length}): ${ids.join(', ')}`);
}
if (shown.length > 0) {
	console.error(formatProblems(shown));
	process.exit(1);
}
console.log(
	`zh ok: ${chinese.set.questions.length} questions, ${chinese.set.providers.length} providers, ${chinese.set.errors.length} error files`,
);
