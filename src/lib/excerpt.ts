import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/**
 * Plain text of an HTML fragment, as a browser's innerText reads it (scripts and styles
 * left out, blocks apart, inline markup joined: "<b>Huế</b>, 2025" → "Huế, 2025"), on one line.
 */
export function htmlToText(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A summary cut at a word (or, for scripts without spaces, a grapheme) boundary:
 * excerpt('Một hai ba bốn', 8) → 'Một hai…'.
 */
export function excerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head =
    space > max * 0.6
      ? cut.slice(0, space)
      : [...new Intl.Segmenter().segment(cut)]
          .slice(0, -1)
          .map((s) => s.segment)
          .join('');
  return head.replace(/[\s,.;:–-]+$/u, '') + '…';
}
