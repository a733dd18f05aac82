import { feedPicture } from './feed-picture.ts';
import { getLanguage, LOCALES } from '../lib/languages.ts';
import { SITE, websubHub } from '../lib/site.ts';
import { absoluteUrl, articleUrl, homeUrl } from '../lib/paths.ts';
import { provinceName, tagName, type Registry } from '../lib/registry.ts';
import { summaryOf } from './summary.ts';
import { feedHtml } from '../lib/feed/html.ts';
import { feedGuid } from '../lib/feed/guid.ts';
import { feedXml, newestFirst, type FeedItem } from '../lib/feed/document.ts';
import type { Version } from '../lib/articles.ts';
import type { Entry, SiteArticle } from './content.ts';
import { articleHtml } from './article-html.ts';
import { articleStamp, cacheKey } from '../lib/cache-key.ts';

/**
 * A cover image as the content layer gives it: ImageMetadata plus `fsPath`, the original
 * file's absolute path, which Astro sets on images (astro/dist/assets/utils/node.js) but
 * leaves out of its ImageMetadata type.
 */
type ContentImage = ImageMetadata & { fsPath?: string };

/** The cover image as an enclosure: a JPEG about 1200 px wide (feed-picture.ts), with its size. */
export function coverFile(image: unknown): string | undefined {
  return (image as ContentImage | undefined)?.fsPath;
}

async function enclosureOf(image: unknown): Promise<FeedItem['enclosure']> {
  const file = coverFile(image);
  if (!file) return undefined;
  const picture = await feedPicture(file);
  return { url: absoluteUrl(SITE.siteUrl, picture.path), length: picture.bytes.length, type: 'image/jpeg' };
}

/** The feed item of an article's version in a language it really exists in. */
async function itemFor(article: SiteArticle, v: Version<Entry>, link: string, registry: Registry): Promise<FeedItem> {
  const locale = v.locale;
  const html = feedHtml(await articleHtml(v.entry), link, SITE.embedHosts);
  return {
    title: v.title,
    link,
    guid: feedGuid(SITE.siteUrl, locale, article.slug, article.source.entry.data),
    date: v.date,
    authors: v.authors,
    categories: [...v.tags.map((tag) => tagName(registry, tag, locale)), provinceName(registry, v.province, locale)],
    summary: summaryOf(v),
    html,
    enclosure: await enclosureOf(v.image),
  };
}

// An article is in at most its language's feed and its province's: a few hundred recent
// items are enough to render each once, without holding thousands of articles' HTML.
const rendered = new Map<string, Promise<FeedItem>>();
const RENDERED_KEPT = 300;

/** The articles a feed in `locale` holds: those that exist in it, newest first, SITE.feedItems of them. */
function latestIn(articles: SiteArticle[], locale: string) {
  return articles
    .filter((a) => a.versions.has(locale))
    .map((article) => ({ article, version: article.versions.get(locale)!, link: absoluteUrl(SITE.siteUrl, articleUrl(locale, article.slug)) }))
    .map((x) => ({ ...x, date: x.version.date }))
    .sort(newestFirst)
    .slice(0, SITE.feedItems);
}

/**
 * The covers of every article some feed holds (each language's, each province's), for the
 * picture route: only those are made.
 */
export function feedCoverFiles(articles: SiteArticle[]): string[] {
  const provinces = [...new Set(articles.map((a) => a.source.province))];
  const groups = [articles, ...provinces.map((code) => articles.filter((a) => a.source.province === code))];
  const files = groups.flatMap((group) => LOCALES.flatMap((locale) => latestIn(group, locale).map((x) => coverFile(x.version.image))));
  return [...new Set(files.filter((f): f is string => Boolean(f)))];
}

/**
 * The incremental build's key of a feed: a rebuild renders it again only when one of its
 * articles, the registries or the announced hub changed (a feed has no build date, so
 * the same articles make the same bytes).
 */
export function feedCacheKey(articles: SiteArticle[], locale: string, registryDigest: string): string {
  return cacheKey([registryDigest, websubHub() ?? '', latestIn(articles, locale).map((x) => articleStamp(x.article))]);
}

/**
 * An RSS 2.0 response for one language: only the articles that exist in it (no
 * fallbacks), newest first, the latest SITE.feedItems (see feedXml).
 */
export async function feedResponse(options: { locale: string; title: string; description: string; path: string; articles: SiteArticle[]; registry: Registry }) {
  const { locale, registry } = options;
  // Only the latest are rendered: choose them before rendering anything.
  const latest = latestIn(options.articles, locale);
  const items = await Promise.all(
    latest.map((x) => {
      // An article is in its language's feed and its province's: render it once.
      const key = `${locale}/${x.article.slug}`;
      let item = rendered.get(key);
      if (!item) {
        item = itemFor(x.article, x.version, x.link, registry);
        rendered.set(key, item);
        if (rendered.size > RENDERED_KEPT) rendered.delete(rendered.keys().next().value!);
      }
      return item;
    }),
  );
  const xml = await feedXml(
    {
      title: options.title,
      description: options.description,
      link: absoluteUrl(SITE.siteUrl, homeUrl(locale)),
      self: absoluteUrl(SITE.siteUrl, options.path),
      language: getLanguage(locale).bcp47,
      hub: websubHub(),
    },
    items,
    { offset: SITE.utcOffset, limit: SITE.feedItems },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
