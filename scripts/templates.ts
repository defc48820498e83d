/** One page per template, for the size table, the screenshots and the per-template checks. */
export const TEMPLATES: Record<string, string> = {
	home: '/',
	question: '/glm-api-unauthorized/',
	provider: '/providers/zhipu/',
	providers: '/providers/',
	decode: '/decode/',
	search: '/search/',
	'404': '/404.html',
};

/** The same templates in the Chinese edition (its 404 is a page of its own, /zh/404/). */
export const ZH_TEMPLATES: Record<string, string> = Object.fromEntries(
	Object.entries(TEMPLATES).map(([name, path]) => [
		`${name} (zh)`,
		path === '/404.html' ? '/zh/404/' : `/zh${path}`,
	]),
);
