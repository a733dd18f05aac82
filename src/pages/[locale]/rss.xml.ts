import type { APIRoute } from 'astro';
import { LOCALES } from '../../lib/languages.ts';
import { t } from '../../lib/strings.ts';
import { feedUrl } from '../../lib/paths.ts';
import { loadSite } from '../../site/content.ts';
import { feedCacheKey, feedResponse } from '../../site/feed.ts';

/** /<lang>/rss.xml: the latest articles that really exist in that language. */
export async function getStaticPaths() {
  const { articles, registryDigest } = await loadSite();
  return LOCALES.map((locale) => ({ params: { locale }, cacheKey: feedCacheKey(articles, locale, registryDigest) }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const tr = t(locale);
  const { articles, registry } = await loadSite();
  return feedResponse({
    locale,
    title: tr('feed_title', { site: tr('site_name') }),
    description: tr('home_description'),
    path: feedUrl(locale),
    articles,
    registry,
  });
};
