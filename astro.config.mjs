// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { CODE_THEMES, codeThemeClasses } from './src/lib/code-theme.ts';

/** The public origin; canonical URLs, the sitemap and feeds are built from it. */
const site = process.env.SITE_URL || 'https://llm-api-triage.example';

/**
 * The CSP source for a script that a page inlines verbatim from `file`. Astro hashes the scripts
 * it bundles and inlines, but not `is:inline` ones (BaseLayout's before-paint script).
 * @param {string} file
 * @returns {`sha256-${string}`}
 */
const inlineScriptHash = (file) =>
	`sha256-${createHash('sha256')
		.update(readFileSync(new URL(file, import.meta.url)))
		.digest('base64')}`;

export default defineConfig({
	site,
	trailingSlash: 'always',
	// English at /, Simplified Chinese at /zh/ (src/lib/i18n.ts holds the same two locales).
	i18n: {
		locales: ['en', 'zh'],
		defaultLocale: 'en',
		routing: { prefixDefaultLocale: false },
	},
	build: {
		// Two pages render at a time: one renders while the other's files are written (and the
		// Open Graph cards read from their cache), which cuts page generation by about a fifth.
		concurrency: 2,
	},
	integrations: [contentCheck(), mdx(), pagefindIndex()],
	markdown: {
		shikiConfig: {
			themes: CODE_THEMES,
			transformers: [
				{
					// A code block can scroll sideways; a keyboard must be able to reach it.
					pre(node) {
						node.properties.tabindex = '0';
					},
				},
				// Last: Shiki's and Astro's inline styles become classes (no 'unsafe-inline' for styles).
				codeThemeClasses(),
			],
		},
	},
	security: {
		// A <meta> on every page; Astro adds the hashes of the scripts and styles it inlines. Bundled
		// files load from 'self'. default-src 'self' also covers fetch (the builder's and decoder's
		// JSON, Pagefind's index), images and fonts. public/_headers repeats what a <meta> cannot
		// carry (frame-ancestors). src/middleware.ts then drops the hashes a page does not use.
		csp: {
			directives: [
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind's search runs WebAssembly.
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [inlineScriptHash('./src/components/layout/before-paint.js')],
			},
		},
	},
	vite: {
		plugins: [tailwindcss()],
		build: {
			rolldownOptions: {
				// Every MDX page triggers this notice about Astro's own head-injection directive; it
				// says nothing about our code and buries real warnings.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
