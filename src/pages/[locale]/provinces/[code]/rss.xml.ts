import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCALES, getLanguage } from '../../../../lib/languages.ts';
import { SITE } from '../../../../lib/site.ts';
import { t } from '../../../../lib/strings.ts';
import { articleUrl } from '../../../../lib/paths.ts';
import { provinceName } from '../../../../lib/registry.ts';
import { provinceCodesWithPages } from '../../../../lib/province-directory.ts';
import { loadSite } from '../../../../site/content.ts';
import { summaryOf } from '../../../../site/summary.ts';

/** /<lang>/provinces/<code>/rss.xml: one province's articles in that language. */
export async function getStaticPaths() {
  const { articles, registry } = await loadSite();
  return provinceCodesWithPages(registry, articles).flatMap((code) => LOCALES.map((locale) => ({ params: { locale, code } })));
}

export const GET: APIRoute = async ({ params }) => {
  const { locale, code } = params as { locale: string; code: string };
  const tr = t(locale);
  const { articles, registry } = await loadSite();
  const own = articles.filter((a) => a.source.province === code && a.versions.has(locale)).slice(0, SITE.feedItems);
  const name = provinceName(registry, code, locale);
  return rss({
    title: tr('feed_province_title', { province: name, site: tr('site_name') }),
    description: tr('province_articles', { province: name }),
    site: SITE.siteUrl,
    customData: `<language>${getLanguage(locale).bcp47}</language>`,
    items: own.map((a) => {
      const v = a.versions.get(locale)!;
      return { title: v.title, link: articleUrl(locale, a.slug), pubDate: v.date, description: summaryOf(v) };
    }),
  });
};
