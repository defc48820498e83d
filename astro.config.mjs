// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { CODE_THEMES, codeThemeClasses } from './src/lib/code-theme.ts';

/** The public origin; canonical URLs, the sitemap and feeds are built from it. */
const site = process.env.SITE_URL || 'https://llm-api-triage.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
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
