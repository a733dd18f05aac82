import { excerpt, htmlToText } from '../lib/excerpt.ts';
import type { Version } from '../lib/articles.ts';
import type { Entry } from './content.ts';

// A JSX tag name and its attributes: quoted text, {expressions} (nested once) or plain characters.
const JSX_TAG = String.raw`[A-Z][\w.]*(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}|[^<>{}"'])*`;

/** Markdown/MDX source reduced to its prose: no import/export lines, JSX expressions or markup. */
function proseOf(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    // JSX components (<Figure … />, <PullQuote>…</PullQuote>) are not prose; their text children are.
    .replace(new RegExp(`<${JSX_TAG}\\/>`, 'g'), '')
    .replace(new RegExp(`<\\/?${JSX_TAG}>`, 'g'), '')
    .replace(/\{[^{}]*\}/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]/g, '');
}

const derived = new Map<string, string>();

/** A version's summary as written, else the start of its body (worked out once per file). */
export function summaryOf(version: Version<Entry>): string {
  if (version.summary) return version.summary;
  let text = derived.get(version.entry.id);
  if (text === undefined) {
    const html = version.entry.rendered?.html;
    text = excerpt(html ? htmlToText(html) : htmlToText(proseOf(version.entry.body ?? '')));
    derived.set(version.entry.id, text);
  }
  return text;
}
