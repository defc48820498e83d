// The whole test command: formatting, type check, unit tests, production build, browser tests,
// Lighthouse.
// Each step must pass before the next runs; the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

rmSync('reports', { recursive: true, force: true });

/** Passed and failed counts from the Vitest and Playwright JSON reports written so far. */
function totals() {
	const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
	const unit = read('reports/unit.json');
	const e2e = read('reports/e2e.json');
	return {
		passed: (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0),
		failed: (unit?.numFailedTests ?? 0) + (e2e ? e2e.stats.unexpected + e2e.stats.flaky : 0),
	};
}

function printTotals() {
	const { passed, failed } = totals();
	console.log(`\ntests: ${passed} passed, ${failed} failed`);
}

function step(name, command, args) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit', env });
	if (status !== 0) {
		console.error(`\n✖ ${name} failed (exit ${status}).`);
		printTotals();
		process.exit(status ?? 1);
	}
}

await ensureChromium();
step('format', 'npx', ['prettier', '--check', '.']);
step('type check', 'npx', ['astro', 'check']);
step('unit tests', 'npx', ['vitest', 'run']);
step('build', 'npx', ['astro', 'build']);
step('links', 'node', ['scripts/check-links.ts']);
step('HTML validity', 'node', ['scripts/check-html.mjs']);
step('end-to-end tests', 'npx', ['playwright', 'test']);
// Last, on its own: Lighthouse times real CPU work, and the browser tests' preview must be gone.
step('Lighthouse', 'node', ['scripts/lighthouse.ts']);
// What the first search costs on a 1,000-page synthetic site, in bytes (it builds that site).
step('search budget', 'node', ['scripts/search-budget.ts', '--assert']);
printTotals();
if (totals().passed === 0) {
	console.error('✖ no test ran.');
	process.exit(1);
}
console.log('✔ all checks passed');
