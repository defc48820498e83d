// The whole test command: formatting, type check, unit tests, production build, post-build checks,
// browser tests, Lighthouse and the search budget.
//
// Every step runs unless a step it needs failed (everything after the build needs the build), so
// one run reports every failure. The closing `tests: N passed, N failed` line counts the test
// cases of Vitest and Playwright from their JSON reports, and every other step as one test; a
// runner that fails without a failed test case in its report (a crash, a bad config) counts as one
// failed test, so the line never reads "0 failed" after a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

rmSync('reports', { recursive: true, force: true });

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** Passed and failed test cases in a runner's JSON report, or null when it wrote none. */
const REPORTS = {
	vitest: () => {
		const report = read('reports/unit.json');
		return report && { passed: report.numPassedTests, failed: report.numFailedTests };
	},
	playwright: () => {
		const report = read('reports/e2e.json');
		return (
			report && {
				passed: report.stats.expected,
				failed: report.stats.unexpected + report.stats.flaky,
			}
		);
	},
};

const totals = { passed: 0, failed: 0 };
const failedSteps = [];

/**
 * Runs one step unless a step it `needs` failed. `report` names the runner whose JSON report holds
 * the step's test cases; a step without one counts as a single test.
 */
function step(name, command, args, { needs = [], report } = {}) {
	const missing = needs.filter((need) => failedSteps.includes(need));
	if (missing.length > 0) {
		console.log(`\n↷ ${name}: skipped, it needs ${missing.join(', ')}`);
		failedSteps.push(name);
		totals.failed += 1;
		return;
	}
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit', env });
	const cases = report ? REPORTS[report]() : null;
	if (cases) {
		totals.passed += cases.passed;
		totals.failed += cases.failed;
	}
	if (status === 0) {
		if (!cases) totals.passed += 1;
		return;
	}
	console.error(`\n✖ ${name} failed (exit ${status}).`);
	failedSteps.push(name);
	if (!cases || cases.failed === 0) totals.failed += 1;
}

await ensureChromium();
step('format', 'npx', ['prettier', '--check', '.']);
step('type check', 'npx', ['astro', 'check']);
step('unit tests', 'npx', ['vitest', 'run'], { report: 'vitest' });
step('build', 'npx', ['astro', 'build']);
step('links', 'node', ['scripts/check-links.ts'], { needs: ['build'] });
step('HTML validity', 'node', ['scripts/check-html.mjs'], { needs: ['build'] });
step('end-to-end tests', 'npx', ['playwright', 'test'], { needs: ['build'], report: 'playwright' });
// On its own after the browser tests: Lighthouse loads pages in real time, and the browser tests'
// preview must be gone.
step('Lighthouse', 'node', ['scripts/lighthouse.ts'], { needs: ['build'] });
// What the first search costs on a 1,000-page synthetic site, in bytes (it builds that site).
step('search budget', 'node', ['scripts/search-budget.ts', '--assert']);

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
if (failedSteps.length > 0) {
	console.error(`✖ failed: ${failedSteps.join(', ')}`);
	process.exit(1);
}
if (totals.passed === 0) {
	console.error('✖ no test ran.');
	process.exit(1);
}
console.log('✔ all checks passed');
