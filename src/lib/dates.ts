const FORMATS = {
	en: new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC',
	}),
	zh: new Intl.DateTimeFormat('zh-CN', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}),
};

/**
 * `2026-11-25` as `25 Nov 2026` (English) or `2026年11月25日` (Chinese), the same in every time
 * zone.
 */
export function formatDay(isoDay: string, locale: 'en' | 'zh' = 'en'): string {
	return FORMATS[locale].format(new Date(`${isoDay}T00:00:00Z`));
}

/** The later of two YYYY-MM-DD days (they sort as text). */
export function laterDay(a: string, b: string): string {
	return a > b ? a : b;
}

/** After this many days a source's check is stale: the page marks it and the build warns. */
export const STALE_AFTER_DAYS = 180;

/** Whole days from `isoDay` to `today` (both YYYY-MM-DD). */
export function daysSince(isoDay: string, today: string): number {
	return Math.floor(
		(Date.parse(`${today}T00:00:00Z`) - Date.parse(`${isoDay}T00:00:00Z`)) / 86_400_000,
	);
}

/** How old a source's check is on `today`, and whether that is past STALE_AFTER_DAYS. */
export function sourceAge(checked: string, today: string): { days: number; stale: boolean } {
	const days = daysSince(checked, today);
	return { days, stale: days > STALE_AFTER_DAYS };
}

/** The day the site is built, YYYY-MM-DD in UTC: what "N days ago" on its pages counts from. */
export const BUILD_DAY = new Date().toISOString().slice(0, 10);
