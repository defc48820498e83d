// Finds a Chromium for Playwright, and installs one when there is none. Used by the test command
// (before Playwright starts) and by playwright.config.ts (to launch it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** Playwright's own browser, when it has been downloaded on this machine. */
async function playwrightChromium() {
	try {
		const { chromium } = await import('@playwright/test');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Where Chromium is, in order of preference: $CHROMIUM_PATH, a system Chromium, Playwright's own.
 * Returns `{ path }` (path undefined means "let Playwright use its own"), or null when none exists.
 */
export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
		return { path: fromEnv, origin: 'CHROMIUM_PATH' };
	}
	const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
	if (system) return { path: system, origin: 'system' };
	const own = await playwrightChromium();
	if (own) return { path: undefined, origin: 'playwright' };
	return null;
}

function run(command, args) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Finds Chromium, or installs it: Playwright's installer first, then Debian's package as root. */
export async function ensureChromium() {
	const found = await findChromium();
	if (found) return found;
	console.log('No Chromium found; installing one.');
	if (run('npx', ['playwright', 'install', 'chromium'])) {
		const own = await findChromium();
		if (own) return own;
	}
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/etc/debian_version')) {
		run('apt-get', ['update']);
		if (run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
			const system = await findChromium();
			if (system) return system;
		}
	}
	throw new Error(
		'No Chromium could be found or installed. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const found = await ensureChromium();
	const version = found.path
		? execFileSync(found.path, ['--version'], { encoding: 'utf8' }).trim()
		: 'Playwright Chromium';
	console.log(`Chromium (${found.origin}): ${found.path ?? 'bundled'} — ${version}`);
}
