import fs from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureDist, OUTPUT, readBuilt, ROOT, TEST_SITE_URL, type BuildResult } from '../helpers/fixture-site.ts';
import { describePath, listArticlePaths } from '../../src/lib/content-files.ts';
import { toSiteISO } from '../../src/lib/dates.ts';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'sitemap', 'atom:link'].includes(name) });

type SitemapUrl = { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] };

/** Every URL of a built site's sitemaps, read through its sitemap index. */
function sitemapUrls(dist = fixtureDist()): SitemapUrl[] {
  const index = xml.parse(readBuilt('/sitemap-index.xml', dist)).sitemapindex.sitemap as { loc: string }[];
  return index.flatMap((s) => {
    expect(s.loc.startsWith(`${TEST_SITE_URL}/`)).toBe(true);
    const text = readBuilt(new URL(s.loc).pathname, dist);
    expect(XMLValidator.validate(text)).toBe(true);
    return xml.parse(text).urlset.url as SitemapUrl[];
  });
}

describe('sitemap of the fixture site', () => {
  it('lists real pages with absolute URLs, and no fallback, draft, unlisted page or file', () => {
    const locs = sitemapUrls().map((u) => u.loc);
    expect(locs.every((l) => l.startsWith(`${TEST_SITE_URL}/`) && l.endsWith('/'))).toBe(true);
    expect(locs).toContain(`${TEST_SITE_URL}/en/articles/hue-toa-dam/`);
    expect(locs).toContain(`${TEST_SITE_URL}/km/provinces/`);
    expect(locs).not.toContain(`${TEST_SITE_URL}/km/articles/hue-toa-dam/`);
    expect(locs).not.toContain(`${TEST_SITE_URL}/en/translation-status/`);
    expect(locs.some((l) => l.includes('ban-nhap'))).toBe(false);
  });

  it('lists every article page that is a real translation, and no other article page', () => {
    const files = listArticlePaths(path.join(ROOT, 'tests', 'fixtures', 'site')).map(describePath);
    const built = sitemapUrls()
      .map((u) => u.loc)
      .filter((l) => l.includes('/articles/'));
    for (const loc of built) {
      const [, locale, , slug] = new URL(loc).pathname.split('/');
      expect(
        files.some((f) => f.slug === slug && f.locale === locale),
        loc,
      ).toBe(true);
    }
    expect(built).toContain(`${TEST_SITE_URL}/lo/articles/da-nang-doan-lao/`);
  });

  it('links an article to its real translations only', () => {
    const entry = sitemapUrls().find((u) => u.loc === `${TEST_SITE_URL}/vi/articles/hue-toa-dam/`)!;
    const links = entry['xhtml:link']!.map((l) => [l['@_hreflang'], l['@_href']]);
    expect(links).toEqual([
      ['vi', `${TEST_SITE_URL}/vi/articles/hue-toa-dam/`],
      ['en', `${TEST_SITE_URL}/en/articles/hue-toa-dam/`],
      ['x-default', `${TEST_SITE_URL}/vi/articles/hue-toa-dam/`],
    ]);
  });

  it('gives the same alternates as the page itself', () => {
    for (const loc of [`${TEST_SITE_URL}/fr/articles/tay-ninh-ban-dich-cu/`, `${TEST_SITE_URL}/en/provinces/hue/`]) {
      const entry = sitemapUrls().find((u) => u.loc === loc)!;
      const html = readBuilt(new URL(loc).pathname);
      const fromPage = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(entry['xhtml:link']!.map((l) => [l['@_hreflang'], l['@_href']]).sort()).toEqual(fromPage.sort());
    }
  });

  it('points robots.txt at the sitemap index and the news sitemap, by absolute URL', () => {
    const robots = readBuilt('/robots.txt');
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml\n`);
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/news-sitemap.xml\n`);
  });

  it('has a valid news sitemap, empty when nothing is from the last two days', () => {
    const text = readBuilt('/news-sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    expect(xml.parse(text).urlset.url).toBeUndefined();
  });

  it('announces no WebSub hub when none is configured', () => {
    expect(readBuilt('/vi/rss.xml')).not.toContain('rel="hub"');
  });
});

describe('a newsroom with fresh news, a renamed article and a WebSub hub', () => {
  const HUB = 'https://hub.example.org/';
  const hours = (n: number) => new Date(Date.now() - n * 3600_000);
  let build: BuildResult;

  beforeAll(() => {
    // Dates relative to now: the news sitemap holds the last two days.
    // Names of this run's own: two suites running at once must not share a folder.
    const content = path.join(OUTPUT, `news-content-${process.pid}`);
    fs.rmSync(content, { recursive: true, force: true });
    fs.mkdirSync(content, { recursive: true });
    for (const f of ['provinces.yaml', 'tags.yaml']) fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'hostile', f), path.join(content, f));
    const article = (slug: string, locale: string, front: string, body = 'Nội dung.') => {
      fs.mkdirSync(path.join(content, 'articles', slug), { recursive: true });
      fs.writeFileSync(path.join(content, 'articles', slug, `${locale}.md`), `---\n${front}\n---\n${body}\n`);
    };
    article('tin-moi', 'vi', `title: "Tin mới & nóng"\ndate: ${toSiteISO(hours(3))}\nprovince: hue\nauthor: Lan`);
    article('tin-moi', 'en', 'title: Fresh news');
    article('tin-hom-qua', 'vi', `title: Tin hôm qua\ndate: ${toSiteISO(hours(30))}\nprovince: da-nang\nauthor: Lan`);
    article('tin-cu', 'vi', `title: Tin cũ\ndate: ${toSiteISO(hours(24 * 5))}\nprovince: hue\nauthor: Lan\naliases: [ten-cu-hon]`);
    build = buildSite(content, `news-site-${process.pid}`, { WEBSUB_HUB: HUB });
  });

  afterAll(() => {
    fs.rmSync(path.join(OUTPUT, `news-content-${process.pid}`), { recursive: true, force: true });
    fs.rmSync(path.join(OUTPUT, `news-site-${process.pid}`), { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('lists the real pages of the last two days in the news sitemap, newest first, in their language', () => {
    const text = readBuilt('/news-sitemap.xml', build.dist);
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = xml.parse(text).urlset.url as { loc: string; 'news:news': Record<string, Record<string, string>> }[];
    expect(urls.map((u) => u.loc).sort()).toEqual(
      [`${TEST_SITE_URL}/en/articles/tin-moi/`, `${TEST_SITE_URL}/vi/articles/tin-hom-qua/`, `${TEST_SITE_URL}/vi/articles/tin-moi/`].sort(),
    );
    expect(urls.at(-1)!.loc).toBe(`${TEST_SITE_URL}/vi/articles/tin-hom-qua/`);
    const vi = urls.find((u) => u.loc.endsWith('/vi/articles/tin-moi/'))!['news:news'];
    expect(vi['news:title']).toBe('Tin mới & nóng');
    expect(vi['news:publication']['news:language']).toBe('vi');
    expect(vi['news:publication_date']).toMatch(/\+07:00$/);
  });

  it('keeps the redirect left by a renamed article out of the sitemap', () => {
    expect(fs.existsSync(path.join(build.dist, 'vi', 'articles', 'ten-cu-hon', 'index.html'))).toBe(true);
    const locs = sitemapUrls(build.dist).map((u) => u.loc);
    expect(locs).toContain(`${TEST_SITE_URL}/vi/articles/tin-cu/`);
    expect(locs.some((l) => l.includes('ten-cu-hon'))).toBe(false);
  });

  it('announces the hub in every feed', async () => {
    for (const feed of ['/vi/rss.xml', '/en/rss.xml', '/vi/provinces/hue/rss.xml']) {
      const text = readBuilt(feed, build.dist);
      const links = xml.parse(text).rss.channel['atom:link'] as Record<string, string>[];
      expect(links.find((l) => l['@_rel'] === 'hub')?.['@_href'], feed).toBe(HUB);
      expect((await new Parser().parseString(text)).items.length, feed).toBeGreaterThan(0);
    }
  });
});
