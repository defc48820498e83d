// Screenshots of every template at 360 px and 1280 px wide, light and dark, into screenshots/
// (`npm run screenshots`, after `npm run build`). For looking at layouts, not a test.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

const PORT = 4396;
const TEMPLATES: Record<string, string> = {
	home: '/',
	question: '/glm-api-unauthorized/',
	provider: '/providers/zhipu/',
	providers: '/providers/',
	decode: '/decode/',
	search: '/search/?q=1113',
	'404': '/no-such-page/',
};

mkdirSync('screenshots', { recursive: true });
const server = spawn(process.execPath, [
	'node_modules/astro/bin/astro.mjs',
	'preview',
	'--host',
	'127.0.0.1',
	'--port',
	String(PORT),
]);
try {
	for (
		let attempt = 0;
		!(await fetch(`http://127.0.0.1:${PORT}/`).then(
			() => true,
			() => false,
		));
		attempt += 1
	) {
		if (attempt > 150) throw new Error('the preview server did not start');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const found = await findChromium();
	const browser = await chromium.launch({
		...(found?.path ? { executablePath: found.path } : {}),
		args: ['--no-sandbox'],
	});
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [360, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
			for (const [name, path] of Object.entries(TEMPLATES)) {
				await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
				const file = `screenshots/${name}-${width}-${colorScheme}.png`;
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			await page.close();
		}
	}
	await browser.close();
} finally {
	server.kill();
}
