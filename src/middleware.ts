import { defineMiddleware } from 'astro:middleware';
import { articlePageLocale } from './lib/paths.ts';
import { searchCollector } from './lib/search/collector.ts';

/**
 * During a build, every rendered article page also goes to the search indexer
 * (src/integrations/search-index.ts), which works on it beside the rendering. Nothing
 * happens in `astro dev` or outside article pages.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = searchCollector();
  const url = decodeURI(context.url.pathname);
  const locale = articlePageLocale(url);
  if (!collector || !context.isPrerendered || !locale || response.status !== 200) return response;
  const html = await response.text();
  // A fallback page marks nothing for search: say so without sending its text.
  collector.page(url, locale, html.includes('data-pagefind-body') ? html : null);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
