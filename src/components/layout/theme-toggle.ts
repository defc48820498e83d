/**
 * <triage-theme>: an icon button that cycles the colour scheme through system, light and dark,
 * its title (its accessible name too) saying the current one ("Colour scheme: light"). State:
 * the choice lives on <html data-theme> (absent for "system", which CSS resolves with a media
 * query) and in localStorage, read before paint by BaseLayout's inline script.
 */
import { THEME_STORAGE_KEY, THEMES, type Theme } from './theme.ts';

function current(): Theme {
	const theme = document.documentElement.dataset['theme'];
	return theme === 'light' || theme === 'dark' ? theme : 'system';
}

class TriageTheme extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button')!;
		const labels: Record<Theme, string> = JSON.parse(this.dataset['labels']!);
		// The button has no text: its title is its accessible name too.
		const show = () => {
			button.title = labels[current()];
		};
		button.disabled = false;
		show();
		button.addEventListener('click', () => {
			const next = THEMES[(THEMES.indexOf(current()) + 1) % THEMES.length]!;
			if (next === 'system') delete document.documentElement.dataset['theme'];
			else document.documentElement.dataset['theme'] = next;
			try {
				if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
				else localStorage.setItem(THEME_STORAGE_KEY, next);
			} catch {
				// Storage disabled: the choice lasts for this page.
			}
			show();
		});
	}
}

customElements.define('triage-theme', TriageTheme);
