// Screenshots of every template at 360 px and 1280 px wide, light and dark, into screenshots/
// (`npm run screenshots`, after `npm run build`). For looking at layouts, not a test.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';
import { startPreview } from './preview-server.ts';
import { TEMPLATES } from './templates.ts';

const PORT = 4396;
// The search page with a query, so its results show too.
const PAGES = { ...TEMPLATES, search: '/search/?q=1113', '404': '/no-such-page/' };

mkdirSync('screenshots', { recursive: true });
const server = await startPreview(process.cwd(), PORT);
try {
	const found = await findChromium();
	const browser = await chromium.launch({
		...(found?.path ? { executablePath: found.path } : {}),
		args: ['--no-sandbox'],
	});
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [360, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
			for (const [name, path] of Object.entries(PAGES)) {
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
	server.stop();
}
