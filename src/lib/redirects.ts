import { articleUrl } from './paths.ts';

/** What redirects need of one article file. */
export interface RenameFacts {
  slug: string;
  locale: string;
  draft: boolean;
  /** `aliases` as written in the file. */
  aliases: string[];
}

/** One old address of a renamed article, in one language: `/<locale>/articles/<old>/` → `/<locale>/articles/<slug>/`. */
export interface Redirect {
  locale: string;
  /** The former folder name. */
  old: string;
  /** The article's folder name now. */
  slug: string;
  from: string;
  to: string;
}

/**
 * Redirects for renamed articles: the old address of each `aliases` entry, in
 * every language (article pages exist in all of them), to the article's page. An old
 * name that is again a live article's folder, or that two articles claim, gets none:
 * a page there wins, and a guess would be wrong. Sorted by old name, then language.
 *
 * renameRedirects([{ slug: 'b', locale: 'vi', draft: false, aliases: ['a'] }], ['vi', 'en'])
 *   → [{ locale: 'vi', old: 'a', slug: 'b', from: '/vi/articles/a/', to: '/vi/articles/b/' }, { locale: 'en', … }]
 */
export function renameRedirects(files: RenameFacts[], locales: string[]): Redirect[] {
  const live = new Set(files.filter((f) => !f.draft).map((f) => f.slug));
  const claims = new Map<string, Set<string>>();
  for (const f of files) {
    if (!live.has(f.slug)) continue;
    for (const old of f.aliases) {
      if (old !== f.slug) claims.set(old, (claims.get(old) ?? new Set()).add(f.slug));
    }
  }
  const redirects: Redirect[] = [];
  for (const [old, targets] of [...claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (live.has(old) || targets.size !== 1) continue;
    const [slug] = targets;
    for (const locale of locales) redirects.push({ locale, old, slug, from: articleUrl(locale, old), to: articleUrl(locale, slug) });
  }
  return redirects;
}

/**
 * The facts of the files of published articles (as the site groups them): their
 * languages' `aliases`. renameFacts([{ slug: 'b', versions: Map { 'vi' → { draft: false, entry: { data: { aliases: ['a'] } } } } }])
 *   → [{ slug: 'b', locale: 'vi', draft: false, aliases: ['a'] }]
 */
export function renameFacts(
  articles: { slug: string; versions: Map<string, { locale: string; draft: boolean; entry: { data: { aliases?: string[] } } }> }[],
): RenameFacts[] {
  return articles.flatMap((a) =>
    [...a.versions.values()].map((v) => ({ slug: a.slug, locale: v.locale, draft: v.draft, aliases: v.entry.data.aliases ?? [] })),
  );
}
