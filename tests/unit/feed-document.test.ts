import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedXml, type FeedChannel, type FeedItem } from '../../src/lib/feed/document.ts';

const parser = new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }], 'content:encoded'] } });
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'dc:creator', 'atom:link'].includes(name) });
const OPTIONS = { offset: '+07:00', limit: 50 };

const channel: FeedChannel = {
  title: 'Tin mới (Bản tin)',
  description: 'Tin hữu nghị',
  link: 'https://s.org/vi/',
  self: 'https://s.org/vi/rss.xml',
  language: 'vi',
};

function item(n: number, date: string, extra: Partial<FeedItem> = {}): FeedItem {
  const link = `https://s.org/vi/articles/a${n}/`;
  return {
    title: `Bài ${n}`,
    link,
    guid: { value: link, isPermaLink: true },
    date: new Date(date),
    authors: ['Lan'],
    categories: ['hữu nghị', 'Huế'],
    summary: 's',
    html: '<p>x</p>',
    ...extra,
  };
}

describe('feedXml', () => {
  it('writes a channel in the feed language with self link, and lastBuildDate = the newest item', async () => {
    const text = await feedXml(channel, [item(1, '2025-01-01T00:00:00Z'), item(2, '2025-03-01T01:00:00Z')], OPTIONS);
    expect(XMLValidator.validate(text)).toBe(true);
    const c = xml.parse(text).rss.channel;
    expect(c.title).toBe('Tin mới (Bản tin)');
    expect(c.language).toBe('vi');
    expect(c.link).toBe('https://s.org/vi/');
    expect(c['atom:link']).toEqual([{ '@_href': 'https://s.org/vi/rss.xml', '@_rel': 'self', '@_type': 'application/rss+xml' }]);
    expect(c.lastBuildDate).toBe('Sat, 01 Mar 2025 08:00:00 +0700');
    expect(c.item[0].pubDate).toBe(c.lastBuildDate);
  });

  it('announces a WebSub hub only when there is one', async () => {
    const withHub = xml.parse(await feedXml({ ...channel, hub: 'https://hub.example/' }, [], OPTIONS)).rss.channel;
    expect(withHub['atom:link'].map((l: Record<string, string>) => l['@_rel'])).toEqual(['self', 'hub']);
    expect(withHub['atom:link'][1]['@_href']).toBe('https://hub.example/');
    expect(withHub.lastBuildDate).toBeUndefined();
  });

  it('orders items newest first, breaks ties by link, and keeps the latest `limit`', async () => {
    const items = [item(3, '2025-01-01T00:00:00Z'), item(1, '2025-02-01T00:00:00Z'), item(2, '2025-02-01T00:00:00Z'), item(4, '2024-01-01T00:00:00Z')];
    const feed = await parser.parseString(await feedXml(channel, items, { ...OPTIONS, limit: 3 }));
    expect(feed.items.map((i) => i.title)).toEqual(['Bài 1', 'Bài 2', 'Bài 3']);
  });

  it('gives each item its guid, pubDate, bylines, categories, content and enclosure', async () => {
    const entry = item(1, '2025-09-12T16:30:00Z', {
      guid: { value: 'https://s.org/vi/articles/old-name/', isPermaLink: true },
      authors: ['Trần Văn Minh', 'Lê Thu Hà'],
      html: '<p>Full <strong>text</strong></p>',
      enclosure: { url: 'https://s.org/_astro/c.jpg', length: 1234, type: 'image/jpeg' },
    });
    const text = await feedXml(channel, [entry], OPTIONS);
    const [i] = (await parser.parseString(text)).items as (Parser.Item & { creators: string[]; 'content:encoded': string })[];
    expect(i.guid).toBe('https://s.org/vi/articles/old-name/');
    expect(i.link).toBe('https://s.org/vi/articles/a1/');
    expect(i.pubDate).toBe('Fri, 12 Sep 2025 23:30:00 +0700');
    expect(i.creators).toEqual(['Trần Văn Minh', 'Lê Thu Hà']);
    expect(i.categories).toEqual(['hữu nghị', 'Huế']);
    expect(i['content:encoded']).toBe('<p>Full <strong>text</strong></p>');
    expect(i.enclosure).toEqual({ url: 'https://s.org/_astro/c.jpg', length: '1234', type: 'image/jpeg' });
    const raw = xml.parse(text).rss.channel.item[0];
    expect(raw.guid['@_isPermaLink']).toBe('true');
  });

  it('marks a guid that is not an address as such', async () => {
    const text = await feedXml(channel, [item(1, '2025-01-01T00:00:00Z', { guid: { value: 'urn:bantin:20250101-aaaqeaye:vi', isPermaLink: false } })], OPTIONS);
    expect(xml.parse(text).rss.channel.item[0].guid).toEqual({ '#text': 'urn:bantin:20250101-aaaqeaye:vi', '@_isPermaLink': 'false' });
  });

  it('keeps bylines that look like numbers as written', async () => {
    const text = await feedXml(channel, [item(1, '2025-01-01T00:00:00Z', { authors: ['007', '1e3', 'A & B <c>'] })], OPTIONS);
    const [i] = (await parser.parseString(text)).items as (Parser.Item & { creators: string[] })[];
    expect(i.creators).toEqual(['007', '1e3', 'A & B <c>']);
  });

  it('removes characters XML forbids from every text and escapes & < >', async () => {
    const hostile = item(1, '2025-01-01T00:00:00Z', {
      title: 'A & <b>\u0007',
      summary: 's\u0000 < t',
      authors: ['X\u0008Y'],
      categories: ['c\u001F&d'],
      html: '<p>h\u000B</p>',
    });
    const text = await feedXml({ ...channel, title: 'T\u0001 & <x>' }, [hostile], OPTIONS);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('T & <x>');
    const i = feed.items[0] as Parser.Item & { creators: string[]; 'content:encoded': string };
    expect([i.title, i.content, i.creators, i.categories, i['content:encoded']]).toEqual(['A & <b>', 's < t', ['XY'], ['c&d'], '<p>h</p>']);
  });

  it('gives the same bytes for the same input', async () => {
    const items = [item(1, '2025-01-01T00:00:00Z'), item(2, '2025-01-02T00:00:00Z')];
    expect(await feedXml(channel, items, OPTIONS)).toBe(await feedXml(channel, [...items].reverse(), OPTIONS));
  });
});
