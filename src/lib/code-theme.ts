import type { Element, ElementContent } from 'hast';
import { bundledThemes, normalizeTheme, type ShikiTransformer } from 'shiki';

/**
 * Colours of the MDX code blocks as classes instead of Shiki's inline `style` attributes, so the
 * Content-Security-Policy needs no `'unsafe-inline'` for styles. A token's light colour becomes
 * `sl<n>` (sets `color`), its dark colour `sd<n>` (sets `--shiki-dark`, which global.css applies
 * in dark mode), n being the colour's place among its theme's token colours: short names, as every
 * token carries them. A token in the theme's default colour gets no class and inherits from the
 * block. The rules come from the same two themes, read when the build starts.
 */

/** The Shiki themes of the code blocks. High-contrast: plain GitHub light's orange fails WCAG AA. */
export const CODE_THEMES = {
	light: 'github-light-high-contrast',
	dark: 'github-dark-high-contrast',
} as const;

/** What a theme contributes: its default colours and every colour it gives a token. */
interface ThemeColours {
	fg: string;
	bg: string;
	/** Token colours in the theme's order; a colour's class is named after its index. */
	tokens: string[];
}

async function loadColours(name: keyof typeof bundledThemes): Promise<ThemeColours> {
	const theme = normalizeTheme((await bundledThemes[name]()).default);
	const tokens = new Set<string>();
	for (const { settings } of theme.settings) {
		if (settings.foreground) tokens.add(settings.foreground.toLowerCase());
	}
	return { fg: theme.fg.toLowerCase(), bg: theme.bg.toLowerCase(), tokens: [...tokens] };
}

const light = await loadColours(CODE_THEMES.light);
const dark = await loadColours(CODE_THEMES.dark);

/** Declarations Shiki or Astro write that map to a Tailwind utility (font styles per theme too). */
const UTILITIES: Record<string, string> = {
	'font-style:italic': 'italic',
	'font-weight:bold': 'font-bold',
	'text-decoration:underline': 'underline',
	'text-decoration:line-through': 'line-through',
	'text-decoration:underline line-through': 'underline line-through',
	'user-select:none': 'select-none',
	'overflow-x:auto': 'overflow-x-auto',
};

/** The class for a token colour, or none for the theme's default colour. */
function colourClass(prefix: 'sl' | 'sd', theme: ThemeColours, value: string): string[] {
	const colour = value.toLowerCase();
	if (colour === theme.fg) return [];
	const index = theme.tokens.indexOf(colour);
	if (index < 0) {
		throw new Error(`Shiki gave a token the colour ${value}, which is not in the code theme.`);
	}
	return [`${prefix}${index}`];
}

/** The classes that replace one `style` attribute; throws on a declaration it cannot replace. */
export function styleToClasses(style: string): string[] {
	const declarations = new Map<string, string>();
	for (const declaration of style.split(';')) {
		const colon = declaration.indexOf(':');
		if (colon > 0)
			declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
	}
	const classes: string[] = [];
	for (const [name, value] of declarations) {
		// With two themes Shiki writes a font style once per theme; one utility class serves both.
		const font = /^--shiki-(light|dark)-(font-style|font-weight|text-decoration)$/.exec(name);
		const property = font?.[2] ?? name;
		const fail = (why: string) =>
			new Error(
				`A code block has the inline style "${name}:${value}", ${why}; map it to a class in src/lib/code-theme.ts.`,
			);
		if (font) {
			const other = font[1] === 'light' ? 'dark' : 'light';
			if (declarations.get(`--shiki-${other}-${property}`) !== value)
				throw fail('which differs between the light and dark themes');
			if (font[1] === 'dark') continue;
		}
		const utility = UTILITIES[`${property}:${value}`];
		if (utility) classes.push(...utility.split(' '));
		else if (name === 'color') classes.push(...colourClass('sl', light, value));
		else if (name === '--shiki-dark') classes.push(...colourClass('sd', dark, value));
		// The block's own colours are the defaults the rules below give every .astro-code.
		else if (name === 'background-color' && value.toLowerCase() === light.bg) continue;
		else if (name === '--shiki-dark-bg' && value.toLowerCase() === dark.bg) continue;
		else throw fail('which the Content-Security-Policy would block');
	}
	return classes;
}

/** A Shiki transformer, last in the list: every `style` attribute of a block becomes classes. */
export function codeThemeClasses(): ShikiTransformer {
	return {
		name: 'llm-api-triage:style-to-class',
		pre(pre) {
			const replace = (node: Element | ElementContent): void => {
				if (node.type !== 'element') return;
				const { style } = node.properties;
				if (typeof style === 'string') {
					delete node.properties.style;
					this.addClassToHast(node, styleToClasses(style));
				}
				node.children.forEach(replace);
			};
			replace(pre);
		},
	};
}

/** The CSS for those classes, as a Tailwind plugin's rule object (see src/styles/code-theme.ts). */
export function codeThemeRules(): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {
		'.astro-code': {
			color: light.fg,
			'background-color': light.bg,
			'--shiki-dark': dark.fg,
			'--shiki-dark-bg': dark.bg,
		},
	};
	light.tokens.forEach((colour, index) => {
		if (colour !== light.fg) rules[`.sl${index}`] = { color: colour };
	});
	dark.tokens.forEach((colour, index) => {
		if (colour !== dark.fg) rules[`.sd${index}`] = { '--shiki-dark': colour };
	});
	return rules;
}
