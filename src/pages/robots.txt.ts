import type { APIRoute } from 'astro';
import { SITE } from '../lib/site.ts';
import { absoluteUrl } from '../lib/paths.ts';

/** robots.txt: everything may be crawled; the sitemaps are given by absolute URL. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITE.siteUrl, '/sitemap-index.xml')}\nSitemap: ${absoluteUrl(SITE.siteUrl, '/news-sitemap.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
