import path from 'node:path';
import { excerpt } from '../lib/excerpt.ts';
import { proseOf } from '../lib/prose.ts';
import { readArticleFile } from '../lib/content-files.ts';
import type { Version } from '../lib/articles.ts';
import type { Entry } from './content.ts';

const derived = new Map<string, string>();

/**
 * A version's summary as written, else the start of its text: worked out by the content
 * loader in a build (from the rendered body), and in the dev server from the file when a
 * page first shows it. The one summary of an article for lists, meta descriptions and feeds.
 */
export function summaryOf(version: Version<Entry>): string {
  if (version.summary) return version.summary;
  const entry = version.entry;
  if (entry.data._summary !== undefined) return entry.data._summary;
  const key = `${entry.id}@${entry.digest ?? ''}`;
  let text = derived.get(key);
  if (text === undefined) {
    text = excerpt(proseOf(bodyOf(entry), String(entry.filePath ?? '').endsWith('.mdx')));
    derived.set(key, text);
  }
  return text;
}

function bodyOf(entry: Entry): string {
  if (!entry.filePath) return '';
  try {
    return readArticleFile(path.resolve(entry.filePath)).body ?? '';
  } catch {
    return '';
  }
}
