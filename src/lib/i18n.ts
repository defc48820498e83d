/**
 * The site's two editions: English at `/`, Simplified Chinese at `/zh/`. Astro's i18n routing
 * (astro.config.mjs) knows the same locales; this module turns a locale into what pages print.
 */

/** Locales, default first. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** What each locale writes in `<html lang>`, `hreflang` and JSON-LD `inLanguage`. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
/** `og:locale` values. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', zh: 'zh_CN' };
/** The language switch's label for each locale, in that locale's own words. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', zh: '简体中文' };

/**
 * The locale a name stands for: `Astro.currentLocale`, or the `lang` param of a page under
 * `src/pages/[...lang]/` (undefined, outside i18n routes or without a prefix, is the default).
 */
export function localeOf(current: string | undefined): Locale {
	return current === 'zh' ? 'zh' : 'en';
}

/** The locale a site path belongs to. */
export function localeOfPath(path: string): Locale {
	return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** A site path without its locale prefix: `/zh/providers/` → `/providers/`. */
export function basePath(path: string): string {
	return localeOfPath(path) === 'zh' ? path.slice(3) || '/' : path;
}

/** A site path in a locale: `/providers/` → `/zh/providers/` for Chinese, unchanged for English. */
export function localePath(path: string, locale: Locale): string {
	const base = basePath(path);
	return locale === 'zh' ? `/zh${base}` : base;
}

/** The same page in the other locale. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'zh' : 'en';
}

/**
 * A page link on a Chinese page that should stay in the Chinese edition: a site path to a page
 * (ending in `/`, with an optional fragment or query), not an asset, feed or data file, and not
 * already in a locale.
 */
export function isPageLink(href: string): boolean {
	return /^\/(?!zh\/|_astro\/|og\/|pagefind\/)(?:[^"?#]*\/)?(?:[?#][^"]*)?$/.test(href);
}

/**
 * `getStaticPaths` entries for a page under `src/pages/[...lang]/`: the English page (no prefix)
 * and the Chinese one (`zh`), each with `props` built for its locale.
 */
export async function localeStaticPaths<P>(props: (locale: Locale) => P | Promise<P>) {
	return Promise.all(
		LOCALES.map(async (locale) => ({
			params: { lang: langParam(locale) },
			props: await props(locale),
		})),
	);
}

/** The `lang` param of a locale's pages under `src/pages/[...lang]/`: none for the default. */
export function langParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * A Chinese page's HTML with its page links moved into the Chinese edition: `<a href="/x/">`
 * becomes `<a href="/zh/x/">`. Templates and MDX bodies write English site paths; this keeps a
 * Chinese reader in Chinese without every link helper taking a locale. Links that name their
 * language (`hreflang`, the language switch) and non-page files are left alone.
 */
export function localizeLinks(html: string): string {
	return html.replace(/<a\b[^>]*>/g, (tag) => {
		if (/\shreflang=/.test(tag)) return tag;
		return tag.replace(/(\shref=")([^"]*)"/, (whole, attribute: string, href: string) =>
			isPageLink(href) ? `${attribute}/zh${href}"` : whole,
		);
	});
}
