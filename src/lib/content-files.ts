import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { cleanSource, toNFC } from './text.ts';

/** One Markdown file of an article, as an editor wrote it (before validation). */
export interface ArticleFile {
  /** Path as given to the reader, for messages: content/articles/2025/x/vi.md */
  file: string;
  /** Folder name: the article's slug. */
  slug: string;
  /** File name without extension: the locale code (checked later). */
  locale: string;
  ext: '.md' | '.mdx';
  /** Front-matter with every string NFC and dates kept as written (strings). */
  data: Record<string, unknown>;
  /** Markdown body, NFC, LF line endings. */
  body: string;
  /** 1-based line of each top-level front-matter field, for messages. */
  lines: Record<string, number>;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

// YAML 1.2 core schema: dates stay strings, so "no offset" can be told from "UTC".
const yamlEngine = { parse: (s: string) => (YAML.parse(s, { schema: 'core' }) ?? {}) as object };

/**
 * Parse the text of an article file. Throws the YAML error (with its line) when the
 * front-matter does not parse; callers turn it into an editor's message.
 */
export function parseArticleText(text: string, file: string): Omit<ArticleFile, 'file' | 'slug' | 'locale' | 'ext'> & { file: string } {
  const source = cleanSource(text).normalize('NFC');
  const parsed = matter(source, { engines: { yaml: yamlEngine } as never });
  const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? toNFC(parsed.data) : {};
  const head = source.endsWith(parsed.content) ? source.slice(0, source.length - parsed.content.length) : '';
  return { file, data, body: parsed.content, lines: fieldLines(source), bodyLine: head.split('\n').length };
}

/** Line numbers of the top-level keys of a front-matter block. */
export function fieldLines(source: string): Record<string, number> {
  const result: Record<string, number> = {};
  if (!source.startsWith('---')) return result;
  // Walk line by line and stop at the closing fence: the body can be long.
  let start = source.indexOf('\n') + 1;
  for (let line = 2; start > 0 && start < source.length; line++) {
    const end = source.indexOf('\n', start);
    const text = source.slice(start, end === -1 ? undefined : end);
    if (text.trim() === '---') break;
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(text);
    if (m && !(m[1] in result)) result[m[1]] = line;
    start = end + 1;
  }
  return result;
}

/** Every `.md`/`.mdx` file under `<contentDir>/articles`, sorted, as paths. */
export function listArticlePaths(contentDir: string): string[] {
  const root = path.join(contentDir, 'articles');
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** Slug and locale of an article file from its path: …/x-y/en.md → { slug: 'x-y', locale: 'en' }. */
export function describePath(file: string): { slug: string; locale: string; ext: '.md' | '.mdx' } {
  const ext = path.extname(file) as '.md' | '.mdx';
  return { slug: path.basename(path.dirname(file)).normalize('NFC'), locale: path.basename(file, ext), ext };
}

/** Read and parse one article file (throws on YAML errors and on invalid UTF-8). */
export function readArticleFile(file: string): ArticleFile {
  const bytes = fs.readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return { ...describePath(file), ...parseArticleText(text, file) };
}
