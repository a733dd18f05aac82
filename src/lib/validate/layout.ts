import { DEFAULT_LOCALE, LOCALES } from '../languages.ts';
import { isValidSlug, slugify } from '../slug.ts';
import { MESSAGES } from './messages.ts';
import { LIMITS } from '../content/limits.ts';
import type { ArticleFile } from './file.ts';
import type { Problem } from './problems.ts';

/**
 * Where the files are: each file named after a configured language, each folder a valid
 * and unique slug, each translation beside its source. Gives the articles (files grouped by
 * folder, unknown languages left out) for the other checks.
 * checkLayout([2024/a/vi.md, 2025/a/vi.md]) → one "same folder name" problem.
 */
export function checkLayout(files: ArticleFile[]): { problems: Problem[]; articles: Map<string, ArticleFile[]> } {
  const problems: Problem[] = [];
  const articles = new Map<string, ArticleFile[]>();
  for (const f of files) {
    if (!LOCALES.includes(f.locale)) {
      problems.push({ file: f.file, line: 1, field: 'file', severity: 'error', ...MESSAGES.unknownLocale(f.locale, LOCALES) });
      continue;
    }
    articles.set(f.folder, [...(articles.get(f.folder) ?? []), f]);
  }
  const slugs = new Map<string, string>();
  for (const [folder, group] of articles) {
    const first = group[0];
    if (!isValidSlug(first.slug) || first.slug.length > LIMITS.slugChars) {
      problems.push({
        file: first.file,
        field: 'folder',
        severity: 'error',
        ...MESSAGES.badSlug(first.slug, slugify(first.slug).slice(0, LIMITS.slugChars).replace(/-+$/, '') || 'article-name'),
      });
    }
    const seen = slugs.get(first.slug);
    if (seen) problems.push({ file: first.file, field: 'folder', severity: 'error', ...MESSAGES.duplicateSlug(seen) });
    else slugs.set(first.slug, folder);
    if (!group.some((f) => f.locale === DEFAULT_LOCALE)) {
      for (const f of group) problems.push({ file: f.file, line: 1, field: 'file', severity: 'error', ...MESSAGES.noSource(`${folder}/${DEFAULT_LOCALE}.md`) });
    }
  }
  return { problems, articles };
}
