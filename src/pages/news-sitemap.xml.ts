import type { APIRoute } from 'astro';
import { getLanguage } from '../lib/languages.ts';
import { SITE } from '../lib/site.ts';
import { t } from '../lib/strings.ts';
import { absoluteUrl, articleUrl } from '../lib/paths.ts';
import { newsSitemapXml } from '../lib/feed/news-sitemap.ts';
import { loadSite } from '../site/content.ts';

/**
 * /news-sitemap.xml for news search engines: real article pages (no fallbacks) of the two
 * days before the build. It changes with the build's time, by design.
 */
export const GET: APIRoute = async () => {
  const { articles } = await loadSite();
  const pages = articles.flatMap((a) =>
    [...a.versions.values()].map((v) => ({
      url: absoluteUrl(SITE.siteUrl, articleUrl(v.locale, a.slug)),
      publication: t(v.locale)('site_name'),
      lang: getLanguage(v.locale).bcp47,
      date: v.date,
      title: v.title,
    })),
  );
  return new Response(newsSitemapXml(pages, new Date()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
