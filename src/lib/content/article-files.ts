import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from './image-path.ts';
import { MESSAGES } from '../validate/messages.ts';
import type { Problem } from '../validate/problems.ts';

/**
 * Which files of a content folder are articles (content-files.ts reads them). A module of
 * its own, light to load: npm run build's launcher counts the articles with it.
 */

const ARTICLE_FILE = /\.mdx?$/;

/**
 * Every article file (`.md`/`.mdx`) under `<contentDir>/articles`, sorted, and what the
 * walk found wrong on the way. The rules: names starting with `.` are hidden and ignored;
 * names starting with `_` are never published (a warning says so); symbolic links are
 * refused and never followed; an extension in capitals (`en.MD`) is an error; any other
 * file in an article folder that is not a picture (`vi.md.bak`, `notes.txt`) is reported
 * as not published.
 */
export function findArticleFiles(contentDir: string): { files: string[]; problems: Problem[] } {
  const root = path.join(contentDir, 'articles');
  const files: string[] = [];
  const problems: Problem[] = [];
  const report = (file: string, severity: Problem['severity'], m: { message: string; fix: string }) => problems.push({ file, field: 'file', severity, ...m });
  const rootStat = fs.lstatSync(root, { throwIfNoEntry: false });
  if (!rootStat) return { files, problems };
  if (rootStat.isSymbolicLink()) {
    report(root, 'error', MESSAGES.symlink);
    return { files, problems };
  }
  const walk = (dir: string, insideArticle: boolean) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const isArticle = insideArticle || entries.some((e) => e.isFile() && /\.mdx?$/i.test(e.name) && !e.name.startsWith('.') && !e.name.startsWith('_'));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) report(full, 'error', MESSAGES.symlink);
      else if (entry.name.startsWith('_')) report(full, 'warning', MESSAGES.skippedFolder(entry.name));
      else if (entry.isDirectory()) walk(full, isArticle);
      else if (!entry.isFile()) report(full, 'error', MESSAGES.notRegularFile);
      else if (ARTICLE_FILE.test(entry.name)) files.push(full);
      else if (/\.mdx?$/i.test(entry.name))
        report(
          full,
          'error',
          MESSAGES.wrongCaseExtension(
            entry.name,
            entry.name.replace(/\.(mdx?)$/i, (_, e: string) => `.${e.toLowerCase()}`),
          ),
        );
      else if (!(isArticle && IMAGE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))) report(full, 'warning', MESSAGES.notPublished(entry.name));
    }
  };
  walk(root, false);
  return { files, problems };
}

/** Every `.md`/`.mdx` article file under `<contentDir>/articles`, sorted, as paths (see findArticleFiles). */
export function listArticlePaths(contentDir: string): string[] {
  return findArticleFiles(contentDir).files;
}
