import { articleUrl } from './paths.ts';

/** What redirects need of one article file. */
export interface RenameFacts {
  slug: string;
  locale: string;
  draft: boolean;
  /** `aliases` as written in the file. */
  aliases: string[];
}

/**
 * Redirects for renamed articles: the old address of each `aliases` entry, in
 * every language (article pages exist in all of them), to the article's page. An old
 * name that is again a live article's folder, or that two articles claim, gets none:
 * a page there wins, and a guess would be wrong.
 *
 * renameRedirects([{ slug: 'b', locale: 'vi', draft: false, aliases: ['a'] }], ['vi', 'en'])
 *   → { '/vi/articles/a/': '/vi/articles/b/', '/en/articles/a/': '/en/articles/b/' }
 */
export function renameRedirects(files: RenameFacts[], locales: string[]): Record<string, string> {
  const live = new Set(files.filter((f) => !f.draft).map((f) => f.slug));
  const claims = new Map<string, Set<string>>();
  for (const f of files) {
    if (!live.has(f.slug)) continue;
    for (const old of f.aliases) {
      if (old !== f.slug) claims.set(old, (claims.get(old) ?? new Set()).add(f.slug));
    }
  }
  const redirects: Record<string, string> = {};
  for (const [old, targets] of [...claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (live.has(old) || targets.size !== 1) continue;
    const [slug] = targets;
    for (const locale of locales) redirects[articleUrl(locale, old)] = articleUrl(locale, slug);
  }
  return redirects;
}
