import { render } from 'astro:content';
import { readRendered } from './rendered-cache.ts';
import type { Entry } from './content.ts';

/**
 * Astro's render() of an article, with the rendered body the content loader left on disk
 * (rendered-cache.ts): Astro then resolves its pictures as for any rendered entry.
 */
export function renderArticle(entry: Entry): ReturnType<typeof render> {
  // An MDX article, and any in the dev server, is rendered from its file by Astro itself.
  if ((entry as { deferredRender?: boolean }).deferredRender || entry.rendered || !entry.digest) return render(entry);
  const rendered = readRendered(String(entry.digest));
  if (!rendered) throw new Error(`${entry.filePath}: its rendered body is missing from the build's cache; build again`);
  return render({ ...entry, rendered: { html: rendered.html, metadata: rendered.metadata } } as Entry);
}
