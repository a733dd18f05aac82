import { describePath, listArticlePaths, readArticleFile } from './content-files.ts';

/** What the site's configuration needs to know of each article file before the build. */
export interface ArticleFacts {
  slug: string;
  locale: string;
  draft: boolean;
  aliases: string[];
}

/**
 * Slug, language, draft flag and former names of every article file, read from the
 * content folder when Astro's configuration loads (for redirects and the sitemap).
 * A file that does not parse counts as a plain non-draft file: `npm run check`, which
 * runs before the build, reports it.
 */
export function articleFacts(contentDir: string): ArticleFacts[] {
  return listArticlePaths(contentDir).map((file) => {
    const { slug, locale } = describePath(file);
    let data: Record<string, unknown> = {};
    try {
      data = readArticleFile(file).data;
    } catch {
      // reported by npm run check
    }
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((s): s is string => typeof s === 'string' && s !== '') : [];
    return { slug, locale, draft: data.draft === true, aliases };
  });
}
