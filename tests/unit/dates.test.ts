import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS, daysSince, formatDay, sourceAge } from '../../src/lib/dates.ts';
import { ui } from '../../src/lib/ui-strings.ts';

describe('how long ago a source was checked', () => {
	it('counts whole days in UTC, across months and leap days', () => {
		expect(daysSince('2026-11-25', '2026-12-04')).toBe(9);
		expect(daysSince('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysSince('2026-12-04', '2026-12-04')).toBe(0);
	});

	it('says it as readers read it, and marks a check older than the limit', () => {
		expect(ui.sources.age(0)).toBe('today');
		expect(ui.sources.age(1)).toBe('1 day ago');
		expect(ui.sources.age(9)).toBe('9 days ago');
		expect(STALE_AFTER_DAYS).toBe(180);
		expect(sourceAge('2026-06-06', '2026-12-03')).toEqual({ days: 180, stale: false });
		expect(sourceAge('2026-06-06', '2026-12-04')).toEqual({ days: 181, stale: true });
		expect(formatDay('2026-11-25')).toBe('25 Nov 2026');
	});
});
