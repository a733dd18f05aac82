import fs from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fixtureDist, TEST_SITE_URL } from '../helpers/fixture-site.ts';

type Item = Parser.Item & { 'content:encoded'?: string };
const parser = new Parser<Record<string, never>, Item>({ customFields: { item: ['content:encoded'] } });

/** Every rss.xml file of a built site, as URL paths. */
function feedPaths(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === 'rss.xml') found.push(`/${path.relative(dist, path.join(dir, e.name)).split(path.sep).join('/')}`);
    }
  };
  walk(dist);
  return found.sort();
}

/**
 * Every URL a feed names: channel link, item links, guids that are permalinks, enclosures,
 * and links, images and srcsets in the content. `built` are those the site itself makes
 * (a raw <img> an editor wrote may name a file that is not there, as on the page).
 */
function urlsOf(feed: Parser.Output<Item> & { link?: string }): { all: string[]; built: string[] } {
  const built = [feed.link!];
  const written: string[] = [];
  for (const item of feed.items) {
    built.push(item.link!, item.guid!);
    if (item.enclosure) built.push(item.enclosure.url);
    const $ = load(item['content:encoded'] ?? '');
    $('[href]').each((_, el) => void written.push($(el).attr('href')!));
    $('img:not([srcset])').each((_, el) => void written.push($(el).attr('src') ?? ''));
    $('img[srcset]').each((_, el) => void built.push($(el).attr('src')!));
    $('[srcset]').each(
      (_, el) =>
        void built.push(
          ...$(el)
            .attr('srcset')!
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]),
        ),
    );
  }
  return { all: [...built, ...written.filter(Boolean)], built };
}

/** The built file a URL on the site is served from. */
function builtFile(dist: string, url: string): string {
  const { pathname } = new URL(url);
  return path.join(dist, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
}

describe('URLs in the feeds of the fixture site', () => {
  it('are absolute, and those the site makes lead to a built file', async () => {
    const dist = fixtureDist();
    const feeds = feedPaths(dist);
    expect(feeds).toContain('/vi/rss.xml');
    expect(feeds).toContain('/vi/provinces/hue/rss.xml');
    let onSite = 0;
    for (const feed of feeds) {
      const parsed = await parser.parseString(fs.readFileSync(path.join(dist, feed), 'utf8'));
      const { all, built } = urlsOf(parsed);
      for (const url of all) {
        if (url.startsWith('urn:')) continue;
        expect(url, `${feed}: ${url}`).toMatch(/^(https?:\/\/|mailto:)/);
      }
      for (const url of built.filter((u) => u.startsWith(`${TEST_SITE_URL}/`))) {
        onSite++;
        expect(fs.existsSync(builtFile(dist, url)), `${feed}: ${url} is not built`).toBe(true);
      }
    }
    expect(onSite).toBeGreaterThan(100);
  });

  it('include the built images of a Markdown body and of an MDX body', async () => {
    const feed = await parser.parseString(fs.readFileSync(path.join(fixtureDist(), 'vi', 'rss.xml'), 'utf8'));
    for (const slug of ['hue-nhung-ma-nhung', 'quang-nam-mdx']) {
      const item = feed.items.find((i) => i.link === `${TEST_SITE_URL}/vi/articles/${slug}/`)!;
      const $ = load(item['content:encoded']!);
      const images = $('img[srcset]')
        .map((_, el) => $(el).attr('src'))
        .get();
      expect(images.length, slug).toBeGreaterThan(0);
      expect(
        images.every((src) => src.startsWith(`${TEST_SITE_URL}/_astro/`)),
        slug,
      ).toBe(true);
    }
  });
});
