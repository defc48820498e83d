/**
 * For code that runs in the browser: the path prefix of the page's edition, read from
 * `<html lang>` ('' for English, '/zh' for Chinese), so islands fetch their edition's data.
 */
export function pagePrefix(): string {
	return document.documentElement.lang.startsWith('zh') ? '/zh' : '';
}
