import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { getLanguage } from '../languages.ts';
import { toIndexed } from './text.ts';

/**
 * The HTML that the search index is given for a built page, or null when the page is not
 * to be searched: only parts marked `data-pagefind-body` are indexed, and article pages
 * mark them only when their text is in the page's language (never on a fallback page).
 * Text inside those parts becomes its indexed copy (see text.ts); everything else, such as
 * the title and filters recorded in data-pagefind-* attributes, is left as written.
 * indexedPage('<html lang="lo">…<p data-pagefind-body>ການສຶກສາ</p>…', 'lo') → '…<p data-pagefind-body>ການ ສຶກສາ</p>…'
 */
export function indexedPage(html: string, locale: string): string | null {
  if (!html.includes('data-pagefind-body')) return null;
  const $ = load(html);
  const bodies = $('[data-pagefind-body]');
  if (bodies.length === 0) return null;
  const { bcp47, segmented } = getLanguage(locale);
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      // A space at the end keeps words in neighbouring inline elements apart in segmented
      // text; those spaces are dropped again for display.
      node.data = toIndexed(node.data, bcp47, segmented) + (segmented ? ' ' : '');
    } else if ('children' in node && !(node.type === 'script' || node.type === 'style')) {
      node.children.forEach(visit);
    }
  };
  bodies.each((_, el) => visit(el));
  return $.html();
}
