/**
 * The channel from page rendering to the build's integrations: src/middleware.ts hands every HTML
 * page, as rendered and before it is finished and written, to the listener an integration set
 * (the Pagefind index takes each page as the next one renders, instead of reading them all back
 * after the build). Astro renders static pages in the process that runs the integrations, so a
 * global is the channel; without a listener (dev, tests), pages go nowhere.
 */
export type RenderedPageListener = (pathname: string, html: string) => void;

const LISTENER = Symbol.for('llm-api-triage:rendered-page');

type WithListener = typeof globalThis & { [LISTENER]?: RenderedPageListener | undefined };

/** Sets the listener that receives every page rendered from now on, or removes it. */
export function listenToRenderedPages(listener: RenderedPageListener | undefined): void {
	(globalThis as WithListener)[LISTENER] = listener;
}

/** Hands a rendered page to the listener, if one is set. */
export function pageRendered(pathname: string, html: string): void {
	(globalThis as WithListener)[LISTENER]?.(pathname, html);
}
