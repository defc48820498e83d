// Lighthouse (mobile preset, simulated throttling) on one page per main template of the production
// build, served by `astro preview`. Run after `npm run build`.
//
// Accessibility, best practices and SEO do not depend on the machine: each must score 100. The
// performance score does: Lighthouse times the page's real CPU work, so the same build scores
// 94–100 on a busy machine. It is printed, never gated. What makes a page fast and does not move
// with the machine's load is gated instead, from the same run (see `performanceGates`): bytes
// transferred, requests (all to the page's own origin), render-blocking resources, layout shift
// and the kind of element that paints largest.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from './browser.mjs';
import { startPreview } from './preview-server.ts';
import { TEMPLATES, ZH_TEMPLATES } from './templates.ts';
import { performanceGates } from './lighthouse-gates.ts';

const PAGES = ['home', 'question', 'provider', 'decode', 'search'].flatMap((name) => [
	[name, TEMPLATES[name]!],
	[`${name} (zh)`, ZH_TEMPLATES[`${name} (zh)`]!],
]);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The categories gated on their score: those that do not depend on the machine's speed. */
const GATED = ['accessibility', 'best-practices', 'seo'];
const port = Number(process.env.PREVIEW_PORT ?? 4391);

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** Gated categories below 100, each with the audits that cost points, as indented lines. */
function shortfalls(lhr: Result): string[] {
	const lines: string[] = [];
	for (const id of GATED) {
		const category = lhr.categories[id];
		if (!category || category.score === 1) continue;
		lines.push(`  ${id} ${score(lhr, id)}`);
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id]!;
			if (audit.score === null || audit.score === 1 || ref.weight === 0) continue;
			const value = audit.displayValue ? ` (${audit.displayValue})` : '';
			lines.push(`    ${audit.score.toFixed(2)}  ${audit.title}${value} [${audit.id}]`);
		}
	}
	return lines;
}

/** One Lighthouse run of `url` in the Chromium listening on `debugPort`. */
async function audit(url: string, debugPort: number): Promise<{ lhr: Result; html: string }> {
	const runner = await lighthouse(url, {
		port: debugPort,
		onlyCategories: CATEGORIES,
		output: 'html',
		logLevel: 'error',
	});
	if (!runner) throw new Error(`Lighthouse returned no result for ${url}`);
	if (runner.lhr.runtimeError) throw new Error(`${url}: ${runner.lhr.runtimeError.message}`);
	return { lhr: runner.lhr, html: runner.report as string };
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
	// Both editions: the Chinese templates carry the same markup with other text and lang.
	for (const [name, path] of PAGES) {
		const url = `http://127.0.0.1:${port}${path}`;
		const { lhr, html } = await audit(url, chrome.port);
		const gates = performanceGates(lhr, url);
		console.log(
			`${name!.padEnd(14)} ${path}: ` +
				CATEGORIES.map((id) => `${id} ${score(lhr, id)}`).join(' ') +
				` (performance reported, not gated; CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)})`,
		);
		for (const gate of gates) console.log(`  ${gate.ok ? '✓' : '✖'} ${gate.name}: ${gate.detail}`);
		const lines = [
			...shortfalls(lhr),
			...gates.filter((gate) => !gate.ok).map((gate) => `  ${gate.name}: ${gate.detail}`),
		];
		if (lines.length === 0) continue;
		mkdirSync('reports/lighthouse', { recursive: true });
		const report = `reports/lighthouse/${name!.replace(/\W+/g, '-')}.html`;
		writeFileSync(report, html);
		failures.push(`${path} (full report: ${report})`, ...lines);
	}
} finally {
	chrome.kill();
	server.stop();
}

if (failures.length > 0) {
	console.error(
		`\nLighthouse: pages below 100 in ${GATED.join(', ')}, or over a performance gate:`,
	);
	console.error(failures.join('\n'));
	process.exit(1);
}
console.log(
	`Lighthouse: 100 in ${GATED.join(', ')} and every performance gate on ${PAGES.length} pages.`,
);
