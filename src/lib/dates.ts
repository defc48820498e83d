const FORMAT = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC',
});

/** `2026-11-25` as `25 Nov 2026`, the same in every time zone. */
export function formatDay(isoDay: string): string {
	return FORMAT.format(new Date(`${isoDay}T00:00:00Z`));
}

/** The later of two YYYY-MM-DD days (they sort as text). */
export function laterDay(a: string, b: string): string {
	return a > b ? a : b;
}
