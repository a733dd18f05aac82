import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCALES, getLanguage } from '../../lib/languages.ts';
import { SITE } from '../../lib/site.ts';
import { t } from '../../lib/strings.ts';
import { articleUrl } from '../../lib/paths.ts';
import { loadSite } from '../../site/content.ts';
import { summaryOf } from '../../site/summary.ts';

/** /<lang>/rss.xml: the latest articles that really exist in that language. */
export function getStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const tr = t(locale);
  const { articles } = await loadSite();
  const own = articles.filter((a) => a.versions.has(locale)).slice(0, SITE.feedItems);
  return rss({
    title: tr('feed_title', { site: tr('site_name') }),
    description: tr('home_description'),
    site: SITE.siteUrl,
    customData: `<language>${getLanguage(locale).bcp47}</language>`,
    items: own.map((a) => {
      const v = a.versions.get(locale)!;
      return { title: v.title, link: articleUrl(locale, a.slug), pubDate: v.date, description: summaryOf(v) };
    }),
  });
};
