/** Find an article's files on disk by slug, for the commands that edit one article. */
import path from 'node:path';
import { describePath, listArticlePaths } from '../../src/lib/content-files.ts';

export interface ArticleOnDisk {
  /** The article's folder. */
  dir: string;
  /** Locale code → file path (`vi` → …/vi.md). */
  files: Map<string, string>;
}

/**
 * The folders named `slug` under `<contentDir>/articles` (one when the content is
 * valid; `npm run check` reports duplicates), each with its language files.
 */
export function findArticle(contentDir: string, slug: string): ArticleOnDisk[] {
  const byDir = new Map<string, ArticleOnDisk>();
  for (const file of listArticlePaths(contentDir)) {
    const d = describePath(file);
    if (d.slug !== slug) continue;
    const dir = path.dirname(file);
    if (!byDir.has(dir)) byDir.set(dir, { dir, files: new Map() });
    byDir.get(dir)!.files.set(d.locale, file);
  }
  return [...byDir.values()];
}

/** Whether any article folder (with files or not) already has this slug as its name. */
export function slugTaken(contentDir: string, slug: string): string | undefined {
  return listArticlePaths(contentDir)
    .map((f) => path.dirname(f))
    .find((dir) => path.basename(dir) === slug);
}
