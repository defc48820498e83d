// Build benchmark: builds synthetic sites of 100, 1,000 and 5,000 question pages with the real
// templates, and a bare Astro project (only @astrojs/mdx, a trivial layout) rendering the same MDX,
// one build at a time, and prints a Markdown table of seconds, pages per second and peak memory.
// Our build may take at most LIMIT times the bare build's time at 1,000 pages; with --assert the
// script exits 1 when it does not. `--pages 100,1000` measures other sizes, `--runs N` builds each
// pair N times (default: 3 at 1,000 pages, 1 elsewhere) and reports the median.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	BUILD_CACHES,
	buildProject,
	createBareProject,
	createSyntheticProject,
	removeSyntheticProject,
} from './synthetic-site.ts';

const LIMIT = 1.3;
const LIMIT_AT = 1000;
const GNU_TIME = '/usr/bin/time';

interface Build {
	/** Wall-clock seconds of `astro build`. */
	seconds: number;
	/** CPU seconds (user and system) of the build; steadier than wall clock on a busy machine. */
	cpuSeconds: number;
	/** HTML pages the build wrote. */
	pages: number;
	/** Peak resident memory of the largest process of the build, in MB. */
	peakMb: number;
}

/** HTML files under `dir`, at any depth. */
function countPages(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.html'),
	).length;
}

/**
 * Runs `astro build` in `dir` from a cold cache. Node's spawnSync reports no resource usage, so CPU
 * time and peak memory come from GNU time (`%U %S %M`: the build and the processes it reaped) or,
 * without it, from the build's own Node process (`process.resourceUsage()`, written at exit by a
 * preloaded module). Either way Pagefind's binary, which the build stops without reaping, is not
 * counted; its time is in the wall clock.
 */
function measureBuild(dir: string): Build {
	// Each project has caches of its own (see synthetic-site.ts); a build measured again starts
	// from cold ones too: Astro's data store would let it skip parsing the MDX, Vite's its
	// dependency scan, and ours the Open Graph images.
	for (const cache of BUILD_CACHES)
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	const report = join(tmpdir(), `triage-bench-rss-${process.pid}`);
	const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
	const preload = `import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(report)},[u.userCPUTime/1e6,u.systemCPUTime/1e6,u.maxRSS].join(' '))})`;
	const command = existsSync(GNU_TIME)
		? [GNU_TIME, '-f', '%U %S %M', '-o', report, ...astro]
		: [
				astro[0]!,
				'--import',
				`data:text/javascript,${encodeURIComponent(preload)}`,
				...astro.slice(1),
			];
	const started = performance.now();
	buildProject(dir, command);
	const seconds = (performance.now() - started) / 1000;
	// GNU time writes one line of figures; the last line, as it may precede it with a notice.
	const [user, system, kilobytes] = readFileSync(report, 'utf8')
		.trim()
		.split('\n')
		.at(-1)!
		.split(' ')
		.map(Number);
	rmSync(report, { force: true });
	return {
		seconds,
		cpuSeconds: user! + system!,
		pages: countPages(join(dir, 'dist')),
		peakMb: kilobytes! / 1024,
	};
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The build whose wall-clock time is the median of `builds`. */
function medianBuild(builds: Build[]): Build {
	const seconds = median(builds.map((build) => build.seconds));
	return builds.reduce((best, build) =>
		Math.abs(build.seconds - seconds) < Math.abs(best.seconds - seconds) ? build : best,
	);
}

/**
 * Builds our synthetic site of `size` question pages and the bare project of the same MDX, in
 * turn, `runs` times, each build from cold caches. On a shared machine one build can run slow;
 * the ratio is the median of the runs' ratios, since both builds of a run see about the same load.
 */
function measureSize(size: number, runs: number): { ours: Build; bare: Build; ratio: number } {
	const ours = createSyntheticProject(size);
	let bare = '';
	try {
		bare = createBareProject(ours);
		const pairs = Array.from({ length: runs }, () => ({
			ours: measureBuild(ours),
			bare: measureBuild(bare),
		}));
		return {
			ours: medianBuild(pairs.map((pair) => pair.ours)),
			bare: medianBuild(pairs.map((pair) => pair.bare)),
			ratio: median(pairs.map((pair) => pair.ours.seconds / pair.bare.seconds)),
		};
	} finally {
		removeSyntheticProject(ours);
		if (bare) removeSyntheticProject(bare);
	}
}

const pagesArg = process.argv.indexOf('--pages');
const sizes = pagesArg > 0 ? process.argv[pagesArg + 1]!.split(',').map(Number) : [100, 1000, 5000];
const runsArg = process.argv.indexOf('--runs');
/** Runs per size: three at the size the limit applies to, one elsewhere, unless --runs says. */
const runsFor = (size: number) =>
	runsArg > 0 ? Number(process.argv[runsArg + 1]) : size === LIMIT_AT ? 3 : 1;
const assert = process.argv.includes('--assert');
if (assert && !sizes.includes(LIMIT_AT)) sizes.push(LIMIT_AT);

const rows: string[] = [];
let ratioAtLimit: number | undefined;
for (const size of sizes) {
	const runs = runsFor(size);
	console.error(
		`building ${size.toLocaleString('en')} synthetic pages, ours then bare, ${runs} time(s)…`,
	);
	const { ours, bare, ratio } = measureSize(size, runs);
	if (size === LIMIT_AT) ratioAtLimit = ratio;
	rows.push(
		[
			size.toLocaleString('en'),
			`${ours.seconds.toFixed(1)} / ${bare.seconds.toFixed(1)}`,
			ratio.toFixed(2),
			`${ours.cpuSeconds.toFixed(1)} / ${bare.cpuSeconds.toFixed(1)}`,
			(ours.cpuSeconds / bare.cpuSeconds).toFixed(2),
			`${(ours.pages / ours.seconds).toFixed(0)} / ${(bare.pages / bare.seconds).toFixed(0)}`,
			`${ours.peakMb.toFixed(0)} / ${bare.peakMb.toFixed(0)}`,
			(ours.peakMb / bare.peakMb).toFixed(2),
		].join(' | '),
	);
}

console.log(
	'| synthetic pages | build s (ours / bare) | ours/bare | CPU s (ours / bare) | ours/bare | pages/s (ours / bare) | peak MB (ours / bare) | ours/bare |',
);
console.log('| --: | --: | --: | --: | --: | --: | --: | --: |');
for (const row of rows) console.log(`| ${row} |`);
console.log(
	`\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores; ` +
		'each site also holds the real question pages, and pages/s counts every HTML page a build wrote. ' +
		`Every build starts from cold caches; at ${LIMIT_AT.toLocaleString('en')} pages, figures are the median of ${runsFor(LIMIT_AT)} runs.`,
);
if (ratioAtLimit !== undefined) {
	const holds = ratioAtLimit <= LIMIT;
	console.log(
		`${holds ? '✔' : '✖'} ours/bare at ${LIMIT_AT.toLocaleString('en')} pages is ${ratioAtLimit.toFixed(2)} (limit ${LIMIT})`,
	);
	if (assert && !holds) process.exitCode = 1;
}
