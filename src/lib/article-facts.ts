import type { ArticleFile } from './validate/file.ts';

/** What the site's configuration needs to know of each article file before the build. */
export interface ArticleFacts {
  slug: string;
  locale: string;
  draft: boolean;
  aliases: string[];
}

/**
 * Slug, language, draft flag and former names of every article file of the content model
 * (for redirects and the sitemap). Files that failed the checks are left out: the build
 * refuses them anyway, and the dev server does not show them.
 */
export function articleFacts(files: ArticleFile[], failing: Set<string> = new Set()): ArticleFacts[] {
  return files
    .filter((f) => f.data && !failing.has(f.file))
    .map((f) => {
      const data = f.data!;
      const aliases = Array.isArray(data.aliases) ? data.aliases.filter((s): s is string => typeof s === 'string' && s !== '') : [];
      return { slug: f.slug, locale: f.locale, draft: data.draft === true, aliases };
    });
}
