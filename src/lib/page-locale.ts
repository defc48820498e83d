/**
 * For code that runs in the browser: the page's edition, read from `<html lang>`, and the path
 * prefix of its data ('' for English, '/zh' for Chinese), so islands fetch their edition's data.
 */
import type { Locale } from './i18n.ts';

/** The locale of the page the code runs in. */
export function documentLocale(): Locale {
	return document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}

/** The path prefix of the page's edition. */
export function pagePrefix(): string {
	return documentLocale() === 'zh' ? '/zh' : '';
}
