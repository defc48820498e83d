import plugin from 'tailwindcss/plugin';
import { codeThemeRules } from '../lib/code-theme.ts';

/**
 * Tailwind plugin (global.css `@plugin`): the classes MDX code blocks carry instead of styles. Base
 * styles, not components: Tailwind emits a component only for a class it finds in the sources.
 */
export default plugin(({ addBase }) => {
	addBase(codeThemeRules());
});
