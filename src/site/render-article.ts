import { render } from 'astro:content';
import { readRendered } from './rendered-cache.ts';
import { renderOnDemand } from './render-on-demand.ts';
import type { Entry } from './content.ts';

/**
 * Astro's render() of an article, with the rendered body the content loader left on disk
 * (rendered-cache.ts): Astro then resolves its pictures as for any rendered entry.
 */
export async function renderArticle(entry: Entry): ReturnType<typeof render> {
  // An MDX article (and in the dev server one with pictures) is rendered from its file by Astro itself.
  if ((entry as { deferredRender?: boolean }).deferredRender || entry.rendered || !entry.digest) return render(entry);
  // In a build, the loader rendered every body; the dev server renders one when it is shown,
  // as the file is now (its store entry is written a moment after a save).
  const rendered = (await renderOnDemand(entry.id)) ?? readRendered(String(entry.digest));
  if (!rendered) throw new Error(`${entry.filePath}: its rendered body is missing from the build's cache; build again`);
  return render({ ...entry, rendered: { html: rendered.html, metadata: rendered.metadata } } as Entry);
}
