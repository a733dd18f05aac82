import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArticles, type Article } from '../lib/articles.ts';
import type { Registry } from '../lib/registry.ts';
import { loadRegistry } from '../lib/registry-file.ts';
import { contentDir, publishFuture } from '../lib/site.ts';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export type Entry = CollectionEntry<'articles'>;
export type SiteArticle = Article<Entry>;

let cache: Promise<{ articles: SiteArticle[]; registry: Registry; registryDigest: string }> | undefined;

/**
 * The site's articles and registries, loaded once per build and shared by every page.
 * Drafts show only in `astro dev`; future-dated articles only with PUBLISH_FUTURE=1.
 */
export function loadSite() {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const articles = buildArticles(entries as never as Entry[], {
      drafts: import.meta.env.DEV,
      future: publishFuture(),
    }) as SiteArticle[];
    return { articles, registry: loadRegistry(contentDir()), registryDigest: registryDigest(contentDir()) };
  })();
  return cache;
}

/** A digest of provinces.yaml and tags.yaml: every page shows names from them. */
function registryDigest(dir: string): string {
  const hash = createHash('sha1');
  for (const f of ['provinces.yaml', 'tags.yaml']) {
    const file = path.join(dir, f);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('base64url');
}
