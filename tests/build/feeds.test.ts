import fs from 'node:fs';
import sharp from 'sharp';
import path from 'node:path';
import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureDist, OUTPUT, page, readBuilt, ROOT, TEST_SITE_URL } from '../helpers/fixture-site.ts';
import { LOCALES } from '../../src/lib/languages.ts';
import { describePath, listArticlePaths } from '../../src/lib/content-files.ts';

const parser = new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }], 'content:encoded'] } });
const xml = new XMLParser({ ignoreAttributes: false });

/** Every feed a built site has: per language and per province. */
function feedsOf(dist: string): string[] {
  const out: string[] = [];
  for (const l of LOCALES) {
    out.push(`/${l}/rss.xml`);
    const provinces = path.join(dist, l, 'provinces');
    for (const code of fs.readdirSync(provinces)) if (fs.existsSync(path.join(provinces, code, 'rss.xml'))) out.push(`/${l}/provinces/${code}/rss.xml`);
  }
  return out;
}

describe('feeds of the fixture site', () => {
  it('are well-formed XML and parse as RSS 2.0, every one of them', async () => {
    const feeds = feedsOf(fixtureDist());
    expect(feeds.length).toBeGreaterThan(LOCALES.length * 3);
    for (const f of feeds) {
      const text = readBuilt(f);
      expect(XMLValidator.validate(text), f).toBe(true);
      const feed = await parser.parseString(text);
      expect(feed.title, f).toBeTruthy();
      expect(xml.parse(text).rss['@_version']).toBe('2.0');
    }
  });

  it('holds only articles that exist in the language, newest first', async () => {
    const lo = await parser.parseString(readBuilt('/lo/rss.xml'));
    const withLao = listArticlePaths(path.join(ROOT, 'tests', 'fixtures', 'site'))
      .map(describePath)
      .filter((f) => f.locale === 'lo')
      .map((f) => `${TEST_SITE_URL}/lo/articles/${f.slug}/`);
    expect(lo.items.map((i) => i.link).sort()).toEqual(withLao.sort());
    expect(withLao).toContain(`${TEST_SITE_URL}/lo/articles/da-nang-doan-lao/`);
    const vi = await parser.parseString(readBuilt('/vi/rss.xml'));
    const dates = vi.items.map((i) => new Date(i.pubDate!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(vi.items.some((i) => i.link!.includes('ban-nhap'))).toBe(false);
    const en = await parser.parseString(readBuilt('/en/rss.xml'));
    expect(en.items.every((i) => i.link!.startsWith(`${TEST_SITE_URL}/en/`))).toBe(true);
    expect(en.items.map((i) => i.title)).toContain('Hue holds a seminar on people-to-people diplomacy');
    expect(en.items.map((i) => i.link)).not.toContain(`${TEST_SITE_URL}/en/articles/da-nang-doan-lao/`);
  });

  it('gives each item a permalink guid, an RFC 822 date with +0700, authors, categories and full content', async () => {
    const text = readBuilt('/en/rss.xml');
    const item = (await parser.parseString(text)).items.find((i) => i.link === `${TEST_SITE_URL}/en/articles/hue-toa-dam/`)!;
    expect(item.guid).toBe(item.link);
    expect(text).toContain('<pubDate>Fri, 12 Sep 2025 23:30:00 +0700</pubDate>');
    expect((item as unknown as { creators: string[] }).creators).toEqual(['Nguyễn Thị Lan']);
    expect(item.categories).toEqual(['people-to-people diplomacy', 'friendship', 'Hue']);
    const html = (item as unknown as Record<string, string>)['content:encoded'];
    expect(html).toContain('<strong>Hue</strong>');
    const channel = xml.parse(text).rss.channel;
    expect(channel.language).toBe('en');
    expect(channel['atom:link']['@_href']).toBe(`${TEST_SITE_URL}/en/rss.xml`);
    expect(channel['atom:link']['@_rel']).toBe('self');
    const pubDates = [].concat(channel.item).map((i: { pubDate: string }) => i.pubDate);
    expect(channel.lastBuildDate).toBe(pubDates[0]);
  });

  it('makes every link and image in content absolute, and gives the cover as an enclosure sized for aggregators', async () => {
    const text = readBuilt('/vi/rss.xml');
    const item = xml.parse(text).rss.channel.item.find((i: { link: string }) => i.link.endsWith('/hue-nhung-ma-nhung/'));
    const html = item['content:encoded'] as string;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) expect(m[1], m[1]).toMatch(/^https?:\/\//);
    expect(html).toContain(`src="${TEST_SITE_URL}/_astro/`);
    const url = item.enclosure['@_url'] as string;
    expect(url).toMatch(new RegExp(`^${TEST_SITE_URL}/feed-pictures/[\\w-]+\\.jpg$`));
    const file = path.join(fixtureDist(), new URL(url).pathname);
    expect(Number(item.enclosure['@_length'])).toBe(fs.statSync(file).size);
    expect(item.enclosure['@_type']).toBe('image/jpeg');
    // Not the editor's 2400 px original: a JPEG 1200 px wide, well under 300 KB.
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width]).toEqual(['jpeg', 1200]);
    expect(fs.statSync(file).size).toBeLessThan(300 * 1024);
  });

  it('gives a province its own feed, in each language', async () => {
    const feed = await parser.parseString(readBuilt('/vi/provinces/da-nang/rss.xml'));
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((i) => (i.categories ?? []).includes('Đà Nẵng'))).toBe(true);
  });
});

describe('feed links on pages', () => {
  it('links the language feed from the head and footer, and a province page its province feed', () => {
    const $ = page('/fr/');
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${TEST_SITE_URL}/fr/rss.xml`);
    expect($('footer a[type="application/rss+xml"]').attr('href')).toContain('/fr/rss.xml');
    const p = page('/vi/provinces/da-nang/');
    const hrefs = p('link[rel="alternate"][type="application/rss+xml"]')
      .map((_, el) => p(el).attr('href'))
      .get();
    expect(hrefs).toEqual([`${TEST_SITE_URL}/vi/rss.xml`, `${TEST_SITE_URL}/vi/provinces/da-nang/rss.xml`]);
  });
});

describe('feeds with hostile content', () => {
  const HOSTILE = `${TEST_SITE_URL}/vi/articles/tin-doc-hai/`;
  const itemsOf = (text: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'item' }).parse(text).rss.channel.item as Record<string, any>[];
  let a: ReturnType<typeof buildSite>;
  let first: string;
  let second: string;
  // An article of the last hour (the same in both builds) for the news sitemap, which
  // lists the last two days before the build.
  // Folders of this run's own: two suites running at once must not share a build.
  const RUN = `hostile-${process.pid}`;
  afterAll(() => {
    for (const name of ['content', 'a', 'b']) fs.rmSync(path.join(OUTPUT, `${RUN}-${name}`), { recursive: true, force: true });
  });
  const recent = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3600_000);
  beforeAll(() => {
    const dir = path.join(OUTPUT, `${RUN}-content`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'tests', 'fixtures', 'hostile'), dir, { recursive: true });
    const recentDir = path.join(dir, 'articles', String(recent.getUTCFullYear()), 'tin-moi');
    fs.mkdirSync(recentDir, { recursive: true });
    const front = `date: ${recent.toISOString()}\nprovince: hue\nauthor: Lê Thu Hà\n`;
    fs.writeFileSync(path.join(recentDir, 'vi.md'), `---\ntitle: Tin mới & nóng\n${front}---\nVừa xảy ra.\n`);
    fs.writeFileSync(path.join(recentDir, 'en.md'), `---\ntitle: Breaking news\n---\nJust happened.\n`);
    a = buildSite(dir, `${RUN}-a`);
    expect(a.status, a.stdout + a.stderr).toBe(0);
    const b = buildSite(dir, `${RUN}-b`);
    expect(b.status, b.stdout + b.stderr).toBe(0);
    first = readBuilt('/vi/rss.xml', a.dist);
    second = readBuilt('/vi/rss.xml', b.dist);
  });

  it('is byte-identical across two builds (stable guid and lastBuildDate)', () => {
    expect(second).toBe(first);
    for (const l of LOCALES) expect(readBuilt(`/${l}/rss.xml`, path.join(OUTPUT, `${RUN}-b`, 'dist')), l).toBe(readBuilt(`/${l}/rss.xml`, a.dist));
  });

  it('keeps the guid through a rename: the id when there is one, else the first address', () => {
    const items = itemsOf(first);
    const hostile = items.find((i) => i.link === HOSTILE)!;
    expect(hostile.guid).toEqual({ '#text': 'urn:bantin:20251001-aaaqeaye:vi', '@_isPermaLink': 'false' });
    const renamed = items.find((i) => i.link === `${TEST_SITE_URL}/vi/articles/tin-doi-ten/`)!;
    expect(renamed.guid).toEqual({ '#text': `${TEST_SITE_URL}/vi/articles/tin-ten-cu/`, '@_isPermaLink': 'true' });
    const fr = itemsOf(readBuilt('/fr/rss.xml', a.dist)).find((i) => i.link === `${TEST_SITE_URL}/fr/articles/tin-doi-ten/`)!;
    expect(fr.guid['#text']).toBe(`${TEST_SITE_URL}/fr/articles/tin-ten-cu/`);
  });

  it('leaves a redirect page at every old address, in every language', () => {
    for (const l of LOCALES) {
      for (const old of ['tin-ten-cu', 'tin-ten-giua']) {
        const $ = page(`/${l}/articles/${old}/`, a.dist);
        const target = `/${l}/articles/tin-doi-ten/`;
        expect($('meta[http-equiv="refresh"]').attr('content'), `${l} ${old}`).toContain(target);
        expect($('link[rel="canonical"]').attr('href')).toContain(target);
        expect($(`a[href$="${target}"]`).length).toBeGreaterThan(0);
      }
    }
    const urls = fs
      .readdirSync(a.dist)
      .filter((f) => f.startsWith('sitemap-') && f !== 'sitemap-index.xml')
      .map((f) => readBuilt(`/${f}`, a.dist))
      .join('');
    expect(urls).toContain('/vi/articles/tin-doi-ten/');
    expect(urls).not.toContain('tin-ten-cu');
  });

  it('stays valid XML: forbidden characters removed, & < > escaped', async () => {
    for (const l of LOCALES) expect(XMLValidator.validate(readBuilt(`/${l}/rss.xml`, a.dist)), l).toBe(true);
    expect(first).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const feed = await parser.parseString(first);
    const item = feed.items.find((i) => i.link === HOSTILE)!;
    expect(item.title).toBe('Tin <b>đậm</b> & ký tự  lạ');
    expect(itemsOf(first).find((i) => i.link === HOSTILE)!.description).toBe('Tóm tắt có & và < và > cùng ký tự  cấm.');
    expect((item as unknown as { creators: string[] }).creators).toEqual(['Lê <script>x</script> Hà', '007']);
    expect(item.categories).toEqual(['hữu nghị', 'R&D <mới>', 'Huế']);
    const en = await parser.parseString(readBuilt('/en/rss.xml', a.dist));
    expect(en.items.map((i) => i.title)).toEqual(['Breaking news', 'Hostile & <odd> news']);
  });

  it('lets no script, event handler, iframe or javascript: URL through, in Markdown or MDX', () => {
    const items = itemsOf(first);
    expect(items.map((i) => i.link)).toContain(`${TEST_SITE_URL}/vi/articles/tin-mdx/`);
    for (const item of items) {
      const html = item['content:encoded'] as string;
      expect(html, item.link).not.toMatch(/<script|\son[a-z]+=|javascript:|<iframe|<style|<form/i);
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) expect(m[1], m[1]).toMatch(/^(https?:\/\/|mailto:)/);
    }
    const html = items.find((i) => i.link === HOSTILE)!['content:encoded'] as string;
    expect(html).toContain(`href="${TEST_SITE_URL}/vi/provinces/hue/"`);
    expect(html).toContain(`href="${TEST_SITE_URL}/vi/articles/tin-khac/"`);
    expect(html).toContain('Bấm vào đây');
    // An allowed video embed becomes a link to the video: readers drop iframes.
    expect(html).toContain('Phim hữu nghị');
  });

  it('dates a time written without offset in the site zone, and the channel by its newest item', () => {
    const items = itemsOf(first);
    expect(items[0].link).toBe(`${TEST_SITE_URL}/vi/articles/tin-moi/`);
    expect(new XMLParser().parse(first).rss.channel.lastBuildDate).toBe(items[0].pubDate);
    expect(new Date(items[0].pubDate).getTime()).toBe(recent.getTime());
    expect(items[0].pubDate).toMatch(/ \+0700$/);
    expect(items[1].link).toBe(`${TEST_SITE_URL}/vi/articles/tin-giao-thua/`);
    expect(items[1].pubDate).toBe('Wed, 31 Dec 2025 23:30:00 +0700');
  });

  it('lists the articles of the last two days, each real translation, in the news sitemap', () => {
    const text = readBuilt('/news-sitemap.xml', a.dist);
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = new XMLParser({ isArray: (n) => n === 'url' }).parse(text).urlset.url as { loc: string; 'news:news': Record<string, any> }[];
    expect(urls.map((u) => u.loc).sort()).toEqual([`${TEST_SITE_URL}/en/articles/tin-moi/`, `${TEST_SITE_URL}/vi/articles/tin-moi/`]);
    const vi = urls.find((u) => u.loc.includes('/vi/'))!['news:news'];
    expect(vi['news:publication']['news:language']).toBe('vi');
    expect(vi['news:title']).toBe('Tin mới & nóng');
    expect(new Date(vi['news:publication_date']).getTime()).toBe(recent.getTime());
    expect(vi['news:publication_date']).toMatch(/\+07:00$/);
  });

  it('gives the cover image as an enclosure with the size of the served file', () => {
    const item = itemsOf(first).find((i) => i.link === `${TEST_SITE_URL}/vi/articles/tin-doi-ten/`)!;
    const url = new URL(item.enclosure['@_url']);
    expect(url.origin).toBe(TEST_SITE_URL);
    expect(Number(item.enclosure['@_length'])).toBe(fs.statSync(path.join(a.dist, url.pathname)).size);
    // A PNG cover goes to aggregators as a JPEG too.
    expect(item.enclosure['@_type']).toBe('image/jpeg');
  });
});
