/** One page per template, for the size table and the screenshots. */
export const TEMPLATES: Record<string, string> = {
	home: '/',
	question: '/glm-api-unauthorized/',
	provider: '/providers/zhipu/',
	providers: '/providers/',
	decode: '/decode/',
	search: '/search/',
	'404': '/404.html',
};
