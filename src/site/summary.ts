import { excerpt, htmlToText } from '../lib/excerpt.ts';
import { proseOf } from '../lib/prose.ts';
import type { Version } from '../lib/articles.ts';
import type { Entry } from './content.ts';

const derived = new Map<string, string>();

/**
 * A version's summary as written, else the start of its text (worked out once per file):
 * the one summary of an article for lists, meta descriptions and feeds.
 */
export function summaryOf(version: Version<Entry>): string {
  if (version.summary) return version.summary;
  let text = derived.get(version.entry.id);
  if (text === undefined) {
    const html = version.entry.rendered?.html;
    text = excerpt(html ? htmlToText(html) : proseOf(version.entry.body ?? '', String(version.entry.filePath ?? '').endsWith('.mdx')));
    derived.set(version.entry.id, text);
  }
  return text;
}
