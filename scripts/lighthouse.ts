// Lighthouse (mobile preset, simulated throttling) on one page per main template of the production
// build, served by `astro preview`: every category must score 100. Run after `npm run build`.
//
// Pages run one after another in one Chromium, never beside the browser tests. Accessibility, best
// practices and SEO do not depend on the machine; performance does: Lighthouse times the page's
// real CPU work and multiplies it by 4, so other processes on a shared machine inflate Total
// Blocking Time or stall the first frame. Lighthouse measures the host's speed in every run (its
// benchmark index) and itself calls a run below 1000 too slow to trust, so such runs do not count.
// A page's performance is the median of three counted runs: two that agree settle it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from './browser.mjs';
import { startPreview } from './preview-server.ts';
import { TEMPLATES } from './templates.ts';

const PAGES = ['home', 'question', 'provider', 'decode', 'search'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's own line: a host below this benchmark index is slower than its model expects. */
const TRUSTED_BENCHMARK = 1000;
/** Runs per page at most, counted or not, so a busy machine cannot stretch the step forever. */
const MAX_RUNS = 3;
const port = Number(process.env.PREVIEW_PORT ?? 4391);

interface Run {
	lhr: Result;
	html: string;
}

const score = (run: Run, id: string) => Math.round((run.lhr.categories[id]?.score ?? 0) * 100);
/** The categories a run scored, with their scores, as `performance 100 seo 92`. */
const scores = (run: Run) =>
	Object.keys(run.lhr.categories)
		.map((id) => `${id} ${score(run, id)}`)
		.join(' ');
const trusted = (run: Run) => run.lhr.environment.benchmarkIndex > TRUSTED_BENCHMARK;

/** What an unscored performance audit says fixing it would save, as `TBT 420 ms`; empty if nothing. */
function savings(audit: Result['audits'][string]): string {
	return Object.entries(audit.metricSavings ?? {})
		.filter(([, value]) => (value ?? 0) > 0)
		.map(
			([metric, value]) =>
				`${metric} ${metric === 'CLS' ? value!.toFixed(3) : `${Math.round(value!)} ms`}`,
		)
		.join(', ');
}

/** Scores below 100 among `categories`, each with the audits that cost points, as indented lines. */
function shortfalls({ lhr }: Run, categories: string[]): string[] {
	const lines: string[] = [];
	for (const id of categories) {
		const category = lhr.categories[id];
		if (!category || category.score === 1) continue;
		lines.push(`  ${id} ${Math.round((category.score ?? 0) * 100)}`);
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id]!;
			if (audit.score === null || audit.score === 1) continue;
			const value = audit.displayValue ? ` (${audit.displayValue})` : '';
			const line = `    ${audit.score.toFixed(2)}  ${audit.title}${value} [${audit.id}]`;
			if (ref.weight > 0) lines.push(line);
			// Unscored performance audits do not move the score, but those that estimate a saving
			// point at the cause.
			else if (id === 'performance' && savings(audit)) {
				lines.push(`${line}, not scored; could save ${savings(audit)}`);
			}
		}
	}
	return lines;
}

/** One Lighthouse run of `url` in the Chromium listening on `debugPort`. */
async function audit(url: string, debugPort: number, categories: string[]): Promise<Run> {
	const runner = await lighthouse(url, {
		port: debugPort,
		onlyCategories: categories,
		output: 'html',
		logLevel: 'error',
	});
	if (!runner) throw new Error(`Lighthouse returned no result for ${url}`);
	if (runner.lhr.runtimeError) throw new Error(`${url}: ${runner.lhr.runtimeError.message}`);
	return { lhr: runner.lhr, html: runner.report as string };
}

/**
 * Runs `path` until its verdict is clear. The first run scores every category, and a shortfall in
 * one that does not depend on the machine fails the page; later runs score performance only. Two
 * counted runs at performance 100 pass the page and two below 100 fail it.
 */
async function auditPage(name: string, path: string, debugPort: number) {
	const runs: Run[] = [];
	let verdict: 'pass' | 'fail' | undefined;
	while (!verdict && runs.length < MAX_RUNS) {
		const started = Date.now();
		const categories = runs.length === 0 ? CATEGORIES : ['performance'];
		const run = await audit(`http://127.0.0.1:${port}${path}`, debugPort, categories);
		runs.push(run);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		const benchmark = Math.round(run.lhr.environment.benchmarkIndex);
		const counted = trusted(run) ? '' : ', CPU too busy: performance not counted';
		console.log(
			`${name.padEnd(9)} ${path} run ${runs.length}: ${scores(run)}` +
				` (CPU benchmark ${benchmark}, load ${loadavg()[0]!.toFixed(1)}${counted}, ${seconds} s)`,
		);
		const perf = runs.filter(trusted).map((each) => score(each, 'performance') === 100);
		if (shortfalls(run, CATEGORIES.slice(1)).length > 0) verdict = 'fail';
		else if (perf.filter(Boolean).length >= 2) verdict = 'pass';
		else if (perf.filter((ok) => !ok).length >= 2) verdict = 'fail';
	}
	return { runs, verdict };
}

/** Whether something answers on `port`: waits up to 10 s for a closing server to go. */
async function portBusy(): Promise<boolean> {
	for (let attempt = 0; attempt < 50; attempt += 1) {
		const answers = await fetch(`http://127.0.0.1:${port}/`).then(
			() => true,
			() => false,
		);
		if (!answers) return false;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return true;
}

// Another server on the port (the browser tests' preview still closing, another checkout's) would
// be audited in place of this build.
if (await portBusy()) {
	console.error(`Port ${port} is already serving; stop that server or set PREVIEW_PORT.`);
	process.exit(1);
}
rmSync('reports/lighthouse', { recursive: true, force: true });
const found = await findChromium();
const server = await startPreview(process.cwd(), port);
// A fresh headless Chromium with a throwaway profile; no sandbox as root, as in the browser tests.
// No path from findChromium means Playwright's own browser.
const chrome = await launch({
	chromePath: found?.path ?? chromium.executablePath(),
	chromeFlags: [
		'--headless=new',
		'--disable-gpu',
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
	],
	logLevel: 'error',
});
const failures: string[] = [];
try {
	for (const name of PAGES) {
		const path = TEMPLATES[name]!;
		const { runs, verdict } = await auditPage(name, path, chrome.port);
		if (verdict === 'pass') continue;
		const counted = runs.filter(trusted).length;
		failures.push(
			verdict === 'fail'
				? `${path}:`
				: `${path}: no verdict after ${runs.length} runs, ${counted} of them with a CPU benchmark above ${TRUSTED_BENCHMARK} (the only runs whose performance counts): other processes kept the machine busy; run it again when it is quieter.`,
		);
		mkdirSync('reports/lighthouse', { recursive: true });
		runs.forEach((run, index) => {
			const lines = shortfalls(run, CATEGORIES);
			if (lines.length === 0) return;
			const report = `reports/lighthouse/${name}-${index + 1}.html`;
			writeFileSync(report, run.html);
			const benchmark = `CPU benchmark ${Math.round(run.lhr.environment.benchmarkIndex)}`;
			failures.push(` run ${index + 1} (${benchmark}; full report: ${report})`, ...lines);
		});
	}
} finally {
	chrome.kill();
	server.stop();
}

if (failures.length > 0) {
	console.error(`\nLighthouse scores below 100 (categories: ${CATEGORIES.join(', ')}):`);
	console.error(failures.join('\n'));
	process.exit(1);
}
console.log(`Lighthouse: 100 in ${CATEGORIES.join(', ')} on ${PAGES.length} pages.`);
