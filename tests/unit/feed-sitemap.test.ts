import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { alternatesOf, inSitemap, translationsOf } from '../../src/lib/sitemap.ts';
import { newsLanguage, newsSitemapXml, type NewsPage } from '../../src/lib/feed/news-sitemap.ts';

describe('sitemap rules', () => {
  const t = translationsOf([
    { slug: 'a', locale: 'vi', draft: false },
    { slug: 'a', locale: 'en', draft: false },
    { slug: 'a', locale: 'fr', draft: true },
    { slug: 'b', locale: 'vi', draft: true },
    { slug: 'b', locale: 'en', draft: false },
    { slug: 'c', locale: 'lo', draft: false },
  ]);

  it('knows which languages an article really exists in, leaving drafts out', () => {
    expect(Object.fromEntries(t)).toEqual({ a: ['vi', 'en'], c: ['lo'] });
  });

  it('keeps fallback pages, redirects, unlisted pages and files out', () => {
    expect(inSitemap('https://s.org/en/articles/a/', t)).toBe(true);
    expect(inSitemap('https://s.org/km/articles/a/', t)).toBe(false);
    expect(inSitemap('https://s.org/fr/articles/a/', t)).toBe(false);
    expect(inSitemap('https://s.org/vi/articles/old-name-of-a/', t)).toBe(false);
    expect(inSitemap('https://s.org/en/translation-status/', t)).toBe(false);
    expect(inSitemap('https://s.org/en/rss.xml', t)).toBe(false);
    expect(inSitemap('https://s.org/en/provinces/hue/', t)).toBe(true);
  });

  it('links an article to its real translations, with x-default on the default language', () => {
    expect(alternatesOf('https://s.org/en/articles/a/', t)).toEqual([
      { url: 'https://s.org/vi/articles/a/', lang: 'vi' },
      { url: 'https://s.org/en/articles/a/', lang: 'en' },
      { url: 'https://s.org/vi/articles/a/', lang: 'x-default' },
    ]);
    expect(alternatesOf('https://s.org/lo/articles/c/', t)).toEqual([]);
  });

  it('links a list page to every language and the chooser to none', () => {
    expect(alternatesOf('https://s.org/en/provinces/', t).map((l) => l.lang)).toEqual(['vi', 'en', 'fr', 'lo', 'zh-Hans', 'km', 'x-default']);
    expect(alternatesOf('https://s.org/km/tags/lao/page/2/', t)[4]).toEqual({ url: 'https://s.org/zh/tags/lao/page/2/', lang: 'zh-Hans' });
    expect(alternatesOf('https://s.org/', t)).toEqual([]);
  });

  it('lists the archive, its years and their pages, each linked to every language', () => {
    for (const url of ['https://s.org/vi/archive/', 'https://s.org/en/archive/2025/', 'https://s.org/km/archive/2023/page/2/']) {
      expect(inSitemap(url, t), url).toBe(true);
      expect(alternatesOf(url, t), url).toHaveLength(7);
    }
    expect(alternatesOf('https://s.org/lo/archive/2025/', t)[1]).toEqual({ url: 'https://s.org/en/archive/2025/', lang: 'en' });
  });
});

describe('news sitemap', () => {
  const now = new Date('2025-10-03T12:00:00Z');
  const page = (n: number, date: string, lang = 'vi'): NewsPage => ({
    url: `https://s.org/${lang}/articles/a${n}/`,
    publication: 'Bản tin',
    lang,
    date: new Date(date),
    title: `Tin ${n} & <b>`,
  });
  const xml = new XMLParser({ isArray: (name) => name === 'url' });

  it('lists the pages of the last two days, newest first, with W3C dates in the site offset', () => {
    const text = newsSitemapXml(
      [page(1, '2025-09-30T12:00:00Z'), page(2, '2025-10-02T00:00:00Z'), page(3, '2025-10-03T11:00:00Z', 'zh-Hans'), page(4, '2025-10-04T00:00:00Z')],
      now,
    );
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = xml.parse(text).urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual(['https://s.org/zh-Hans/articles/a3/', 'https://s.org/vi/articles/a2/']);
    expect(urls[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'Bản tin', 'news:language': 'zh-cn' },
      'news:publication_date': '2025-10-03T18:00:00+07:00',
      'news:title': 'Tin 3 & <b>',
    });
  });

  it('holds at most 1,000 pages', () => {
    const many = Array.from({ length: 1200 }, (_, i) => page(i, new Date(now.getTime() - i * 60_000).toISOString()));
    expect(xml.parse(newsSitemapXml(many, now)).urlset.url).toHaveLength(1000);
  });

  it('uses the language codes Google News knows', () => {
    expect(['vi', 'en', 'fr', 'lo', 'zh-Hans', 'zh-Hant', 'km'].map(newsLanguage)).toEqual(['vi', 'en', 'fr', 'lo', 'zh-cn', 'zh-tw', 'km']);
  });
});
