import type { APIRoute } from 'astro';
import { LOCALES } from '../../../../lib/languages.ts';
import { t } from '../../../../lib/strings.ts';
import { provinceFeedUrl } from '../../../../lib/paths.ts';
import { provinceName } from '../../../../lib/registry.ts';
import { provinceCodesWithPages } from '../../../../lib/province-directory.ts';
import { loadSite } from '../../../../site/content.ts';
import { feedCacheKey, feedResponse } from '../../../../site/feed.ts';

/** /<lang>/provinces/<code>/rss.xml: one province's articles in that language. */
export async function getStaticPaths() {
  const { articles, registry, registryDigest } = await loadSite();
  return provinceCodesWithPages(registry, articles).flatMap((code) => {
    const inProvince = articles.filter((a) => a.source.province === code);
    return LOCALES.map((locale) => ({ params: { locale, code }, cacheKey: feedCacheKey(inProvince, locale, registryDigest) }));
  });
}

export const GET: APIRoute = async ({ params }) => {
  const { locale, code } = params as { locale: string; code: string };
  const tr = t(locale);
  const { articles, registry } = await loadSite();
  const name = provinceName(registry, code, locale);
  return feedResponse({
    locale,
    title: tr('feed_province_title', { province: name, site: tr('site_name') }),
    description: tr('province_articles', { province: name }),
    path: provinceFeedUrl(locale, code),
    articles: articles.filter((a) => a.source.province === code),
    registry,
  });
};
