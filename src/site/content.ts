import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArticles, type Article } from '../lib/articles.ts';
import { loadRegistry, type Registry } from '../lib/registry.ts';
import { contentDir } from '../lib/site.ts';

export type Entry = CollectionEntry<'articles'>;
export type SiteArticle = Article<Entry>;

let cache: Promise<{ articles: SiteArticle[]; registry: Registry }> | undefined;

/**
 * The site's articles and registries, loaded once per build and shared by every page.
 * Drafts show only in `astro dev`; future-dated articles only with PUBLISH_FUTURE=1.
 */
export function loadSite() {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const articles = buildArticles(entries as never as Entry[], {
      drafts: import.meta.env.DEV,
      future: process.env.PUBLISH_FUTURE === '1',
    }) as SiteArticle[];
    return { articles, registry: loadRegistry(contentDir()) };
  })();
  return cache;
}
