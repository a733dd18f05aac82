import { createHash } from 'node:crypto';

/**
 * A short key for what a page is made of, for Astro's incremental build: a page whose
 * key and code are unchanged since the last build is copied instead of rendered.
 * cacheKey(['vi', 3, 'abc']) → 'Jq…' (27 characters, stable across machines).
 */
export function cacheKey(parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

/**
 * What identifies an article's content: every language file and its digest, and the
 * built address of its cover picture, which carries a hash of the picture's bytes (a
 * photo replaced under the same file name leaves the Markdown's digest unchanged).
 */
export function articleStamp(article: {
  slug: string;
  versions: Map<string, { entry: { id: string; digest?: string | number; data?: { image?: { src?: string } } } }>;
}): string {
  return [
    article.slug,
    ...[...article.versions.values()].map((v) => `${v.entry.id}@${v.entry.digest ?? ''}${v.entry.data?.image?.src ? `#${v.entry.data.image.src}` : ''}`),
  ].join('|');
}
