import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pngSize } from '../helpers/png.ts';

const root = new URL('../../', import.meta.url);
const idsIn = (folder: string, extension: string) =>
	readdirSync(new URL(folder, root))
		.filter((name) => name.endsWith(extension))
		.map((name) => name.slice(0, -extension.length));

// Every question page and provider page in the content, whether or not the sitemap lists it.
const pages = [
	...idsIn('content/questions/', '.mdx').map((id) => `/${id}/`),
	...idsIn('content/providers/', '.yaml').map((id) => `/providers/${id}/`),
];

/** The page's <meta> tags as property or name → content, entities decoded. */
function metaTags(html: string): Map<string, string> {
	const decode = (text: string) =>
		text
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
	const tags = new Map<string, string>();
	for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
		const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
		const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
		if (key && content !== undefined) tags.set(key, decode(content));
	}
	return tags;
}

for (const path of pages) {
	test(`${path} has a 1200 × 630 Open Graph image at an absolute URL`, async ({ request }) => {
		const html = await (await request.get(path)).text();
		const meta = metaTags(html);
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
		// The public origin the build was given (SITE_URL), which the canonical URL also uses.
		const origin = new URL(process.env.SITE_URL || canonical).origin;

		const image = new URL(meta.get('og:image')!);
		expect(image.origin).toBe(origin);
		expect(new URL(meta.get('og:url')!).origin).toBe(origin);
		expect(meta.get('og:image:type')).toBe('image/png');
		expect(meta.get('og:image:width')).toBe('1200');
		expect(meta.get('og:image:height')).toBe('630');
		expect(meta.get('og:image:alt')).toContain(meta.get('og:title'));
		expect(meta.get('twitter:card')).toBe('summary_large_image');

		const file = readFileSync(new URL(`dist${image.pathname}`, root));
		expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
		const served = await request.get(image.pathname);
		expect(served.headers()['content-type']).toBe('image/png');
		expect(Buffer.from(await served.body()).equals(file)).toBe(true);
	});
}

test('pages without a card keep the small Twitter card', async ({ request }) => {
	const meta = metaTags(await (await request.get('/')).text());
	expect(meta.has('og:image')).toBe(false);
	expect(meta.get('twitter:card')).toBe('summary');
});
