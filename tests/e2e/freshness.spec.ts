import { expect, test } from '@playwright/test';

// Each source on a page says how long ago it was checked, as of the build, and a check older than
// 180 days is marked on the page itself.

for (const path of ['/providers/zhipu/', '/rate-limit-vs-quota-429/']) {
	test(`${path}: every source says how many days ago it was checked`, async ({ page }) => {
		await page.goto(path);
		const entries = await page
			.locator('li:has(> span > time[datetime]), li:has(> time[datetime])')
			.evaluateAll((items) =>
				items.map((item) => ({
					day: item.querySelector('time')!.getAttribute('datetime')!,
					text: item.textContent!.replace(/\s+/g, ' '),
					stale: item.querySelector('[data-stale]') !== null,
				})),
			);
		expect(entries.length).toBeGreaterThan(1);
		const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
		for (const { day, text, stale } of entries) {
			// The build may have run the day before the test.
			const days = Math.floor((today - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
			if (days - 1 > 180) {
				expect(stale, text).toBe(true);
				continue;
			}
			expect(stale, text).toBe(false);
			const shown = /, (today|1 day ago|(\d+) days ago)/.exec(text);
			expect(shown, text).not.toBeNull();
			const said = shown![1] === 'today' ? 0 : shown![1] === '1 day ago' ? 1 : Number(shown![2]);
			expect([days, days - 1], text).toContain(said);
		}
	});
}
