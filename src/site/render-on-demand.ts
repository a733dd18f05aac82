import type { Rendered } from './rendered-cache.ts';

/**
 * The dev server renders a Markdown body when a page first shows it, with the renderer
 * the content loader holds (article-loader.ts) and by the same code as a build, instead
 * of giving Astro one module per article to load: at thousands of articles, resolving
 * those modules cost seconds before the first page. The loader and the pages run as
 * separate module graphs in one process, so the renderer is kept on globalThis.
 */
const KEY = Symbol.for('ban-tin.render-on-demand');
type RenderById = (id: string) => Promise<Rendered | undefined>;

export function provideRenderOnDemand(render: RenderById): void {
  (globalThis as Record<symbol, RenderById | undefined>)[KEY] = render;
}

/** The body of the article `id` as it is now, rendered; undefined outside the dev server or for an unknown id. */
export function renderOnDemand(id: string): Promise<Rendered | undefined> {
  const render = (globalThis as Record<symbol, RenderById | undefined>)[KEY];
  return render ? render(id) : Promise.resolve(undefined);
}

/**
 * Whether a Markdown body may show a picture from the content folder (Markdown's image or
 * reference syntax, or an <img> tag): such a body is rendered by Astro's module for its file,
 * which resolves the pictures. A false yes costs only that module.
 */
export function mayShowPictures(body: string): boolean {
  return /!\[|<img\b/i.test(body);
}
