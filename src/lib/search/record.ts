import { load } from 'cheerio';
import { indexableText } from './segment.ts';

/** What Pagefind's `addCustomRecord` is given for one article page. */
export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

// Block elements end a line, so that words of adjacent paragraphs do not run together.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, tr, div, br';

/**
 * The search record of a built article page at `urlPath` (`/vi/articles/x/`), or null
 * when the page is a fallback: a page whose canonical URL is another language's page
 * shows the source text and must not appear in this language's results.
 */
export function articleRecord(html: string, urlPath: string): SearchRecord | null {
  const $ = load(html);
  const canonical = $('link[rel="canonical"]').attr('href');
  if (!canonical || new URL(canonical, 'https://x.invalid').pathname !== urlPath) return null;
  const language = urlPath.split('/')[1];
  const article = $('article').first();
  const title = article.find('h1').first().text().trim();
  const time = article.find('.meta time').first();
  const datetime = time.attr('datetime') ?? '';
  const province = article.find('.meta a').first().text().trim();
  const tags = article.find('ul.tags a').map((_, a) => $(a).text().trim()).get().filter(Boolean);
  const image = article.find('figure.cover img').first().attr('src');

  const prose = article.find('.prose').first();
  prose.find('script, style, template, iframe, video, audio').remove();
  prose.find(BLOCKS).after('\n');
  const body = prose.text().replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

  const meta: Record<string, string> = { title, date: time.text().trim(), province };
  if (image) meta.image = image;
  const filters: Record<string, string[]> = { tag: tags };
  if (province) filters.province = [province];
  if (datetime) filters.year = [datetime.slice(0, 4)];
  return {
    url: urlPath,
    language,
    content: indexableText(`${title}\n${body}`, language),
    meta,
    filters,
    sort: datetime ? { date: datetime } : {},
  };
}
