import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { getLanguage } from '../languages.ts';
import { toIndexed } from './text.ts';

/** What Pagefind reads beside the text: the title, sort keys and filters (SearchData.astro). */
const RECORD_DATA = '[data-pagefind-meta], [data-pagefind-filter], [data-pagefind-sort]';

/**
 * The HTML that the search index is given for a built page, or null when the page is not
 * to be searched: only parts marked `data-pagefind-body` are indexed, and article pages
 * mark them only when their text is in the page's language (never on a fallback page).
 * The document holds only what Pagefind reads — the page's language, the marked parts and
 * the elements carrying metadata and filters — so that it is small to keep and to send.
 * Text inside the marked parts and the title becomes its indexed copy (see text.ts);
 * filters and other metadata are left as written.
 * indexedPage('<html lang="lo">…<p data-pagefind-body>ການສຶກສາ</p>…', 'lo') → '<!DOCTYPE html><html lang="lo">…<p data-pagefind-body>ການ ສຶກສາ</p>…'
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
  // The title is searched too (and weighs most), so it gets the same indexed copy.
  $('[data-pagefind-body], [data-pagefind-meta="title"]').each((_, el) => visit(el));
  // Metadata inside a marked part travels with it; the rest is kept on its own.
  const data = $(RECORD_DATA).filter((_, el) => $(el).closest('[data-pagefind-body]').length === 0);
  const lang = $('html').attr('lang') ?? bcp47;
  const parts = [...bodies.toArray(), ...data.toArray()].map((el) => $.html(el)).join('\n');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>\n${parts}\n</body></html>`;
}
