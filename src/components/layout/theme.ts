/** localStorage key of the reader's colour scheme choice: 'light' or 'dark'; absent means the system's. */
export const THEME_STORAGE_KEY = 'triage:theme';

/** The choices, in the order the toggle cycles through them. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
