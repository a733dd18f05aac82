import { toSiteISO } from '../dates.ts';
import { escapeXml } from './xml.ts';

/** One article page for news search engines, with an absolute URL. */
export interface NewsPage {
  url: string;
  /** The publication's name in the page's language. */
  publication: string;
  /** BCP 47 tag of the page's language. */
  lang: string;
  date: Date;
  title: string;
}

const TWO_DAYS = 2 * 24 * 3600 * 1000;

/**
 * The language code Google News wants: ISO 639 except for Chinese, which names its
 * script by region. newsLanguage('zh-Hans') → 'zh-cn', newsLanguage('vi') → 'vi'.
 */
export function newsLanguage(bcp47: string): string {
  const [primary, script] = bcp47.toLowerCase().split('-');
  if (primary === 'zh') return script === 'hant' ? 'zh-tw' : 'zh-cn';
  return primary;
}

/**
 * A Google News sitemap: the pages published in the two days before `now`, newest first,
 * at most 1,000 (the format's limits). Dates carry the site's offset.
 */
export function newsSitemapXml(pages: NewsPage[], now: Date): string {
  const recent = pages
    .filter((p) => p.date.getTime() <= now.getTime() && now.getTime() - p.date.getTime() <= TWO_DAYS)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : 1))
    .slice(0, 1000);
  const urls = recent.map(
    (p) =>
      `<url><loc>${escapeXml(p.url)}</loc><news:news><news:publication><news:name>${escapeXml(p.publication)}</news:name>` +
      `<news:language>${newsLanguage(p.lang)}</news:language></news:publication>` +
      `<news:publication_date>${toSiteISO(p.date)}</news:publication_date><news:title>${escapeXml(p.title)}</news:title></news:news></url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('')}</urlset>\n`;
}
