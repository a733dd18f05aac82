import fs from 'node:fs';
import path from 'node:path';
import { ArticleSyntaxError, parseArticleText as parseText, type ParsedArticle } from './content/parse-article.ts';
import { LIMITS } from './content/limits.ts';
import { MESSAGES } from './validate/messages.ts';
import type { Problem } from './validate/problems.ts';

/**
 * Finding (content/article-files.ts) and reading the article files of a content folder:
 * the one place that decides which files are articles, so that check, the site's content
 * loader, translation-status, the sitemap, redirects and the search indexer never
 * disagree about what exists.
 */

/**
 * One article file of the content model: where it is, and once read, what it holds or why
 * it could not be read. The one type of an article file that check, the content loader,
 * translate and translation-status share.
 */
export interface ArticleFile {
  /** Path as given to the reader, for messages: content/articles/2025/x/vi.md */
  file: string;
  /** Folder of the article (its year folder included). */
  folder: string;
  /** Folder name: the article's slug. */
  slug: string;
  /** File name without extension: the locale code (checked later). */
  locale: string;
  ext: '.md' | '.mdx';
  /** Front-matter fields; dates stay strings as written. */
  data?: Record<string, unknown>;
  /** Markdown or MDX body, NFC, LF line endings. */
  body?: string;
  /** 1-based line of each top-level front-matter field. */
  lines?: Record<string, number>;
  /** 1-based line on which the body starts. */
  bodyLine?: number;
  /** Set when the file could not be read or parsed; the problem is already located. */
  unreadable?: Problem;
}

import { IMAGE_EXTENSIONS } from './content/image-path.ts';
import { findArticleFiles, listArticlePaths } from './content/article-files.ts';

export { IMAGE_EXTENSIONS, findArticleFiles, listArticlePaths };

/** Slug and locale of an article file from its path: …/x-y/en.md → { slug: 'x-y', locale: 'en' }. */
export function describePath(file: string): { slug: string; locale: string; ext: '.md' | '.mdx' } {
  const ext = path.extname(file) as '.md' | '.mdx';
  return { slug: path.basename(path.dirname(file)).normalize('NFC'), locale: path.basename(file, ext), ext };
}

/** Why an article file could not be read: the editor's message, located. */
export class ArticleReadError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.file}: ${problem.message}`);
    this.problem = problem;
  }
}

/** The editor's problem for a text that does not parse (see parse-article.ts). */
export function syntaxProblem(file: string, error: ArticleSyntaxError): Problem {
  const m =
    error.kind === 'character'
      ? MESSAGES.unsafeCharacter(error.detail)
      : error.kind === 'fence'
        ? error.detail === 'no closing --- line'
          ? MESSAGES.frontMatterUnclosed
          : MESSAGES.frontMatterFence(error.detail)
        : error.kind === 'tag'
          ? MESSAGES.yamlTag(error.detail)
          : error.kind === 'shape'
            ? MESSAGES.frontMatterShape
            : MESSAGES.yaml(error.detail);
  return { file, line: error.line, field: error.kind === 'character' ? 'file' : 'front-matter', severity: 'error', ...m };
}

/**
 * Parse the text of an article file. Throws ArticleReadError (with the editor's message
 * and line) when it cannot be read as an article.
 */
export function parseArticleText(text: string, file: string): ParsedArticle & { file: string } {
  try {
    return { file, ...parseText(text) };
  } catch (error) {
    if (error instanceof ArticleSyntaxError) throw new ArticleReadError(syntaxProblem(file, error));
    throw error;
  }
}

/**
 * Read and parse one article file: at most LIMITS.articleFileBytes, UTF-8, YAML
 * front-matter. Throws ArticleReadError with the editor's message otherwise.
 */
export function readArticleFile(file: string): ArticleFile & ParsedArticle {
  const size = fs.statSync(file).size;
  if (size > LIMITS.articleFileBytes) {
    throw new ArticleReadError({ file, field: 'file', severity: 'error', ...MESSAGES.tooLarge('the file', size, LIMITS.articleFileBytes) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    throw new ArticleReadError({ file, field: 'file', severity: 'error', ...MESSAGES.notUtf8 });
  }
  return { ...describePath(file), folder: path.dirname(file), ...parseArticleText(text, file) };
}

/** Inode, size and times of a file ('' when it is gone): changes whenever the file is written. */
export function fileStamp(file: string): string {
  const s = fs.statSync(file, { throwIfNoEntry: false });
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : '';
}
