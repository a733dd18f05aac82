import { getRssString } from '@astrojs/rss';
import { cleanXml, escapeXml, rfc822 } from './xml.ts';
import type { Guid } from './guid.ts';

/** A feed's channel, already in the feed's language, with absolute URLs. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The language's home page. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  self: string;
  /** BCP 47 tag of the feed's language. */
  language: string;
  /** WebSub hub to announce (atom:link rel="hub"), if the site has one. */
  hub?: string;
}

/** One article in the feed's language. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the article page. */
  link: string;
  /** An identifier that never changes for this article (see feedGuid). */
  guid: Guid;
  date: Date;
  authors: string[];
  /** Tag names in the feed's language, then the province's name. */
  categories: string[];
  summary: string;
  /** Full article HTML, sanitised and with absolute URLs (see feedHtml). */
  html: string;
  enclosure?: { url: string; length: number; type: string };
}

const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
};

// @astrojs/rss re-parses customData, and its parser turns text that looks like a number
// into one ("007" → "7"). Bylines therefore go in as placeholders, filled in afterwards;
// U+FFFF cannot occur in the text because cleanXml removes it.
const MARK = '\uFFFF';
const placeholder = (i: number) => `${MARK}${i}${MARK}`;

/** Feed order: newest first, the link breaking ties, so that every machine agrees. */
export function newestFirst(a: { date: Date; link: string }, b: { date: Date; link: string }): number {
  return b.date.getTime() - a.date.getTime() || (a.link < b.link ? -1 : a.link > b.link ? 1 : 0);
}

/**
 * An RSS 2.0 document, built with @astrojs/rss: items newest first (the link breaks
 * ties), at most `limit`; pubDate and lastBuildDate in RFC 822 with the site's `offset`;
 * lastBuildDate is the newest item's date, so that the same content gives the same bytes.
 * Characters XML forbids are removed from every text; @astrojs/rss escapes `& < >`.
 */
export async function feedXml(channel: FeedChannel, items: FeedItem[], options: { offset: string; limit: number }): Promise<string> {
  const latest = [...items].sort(newestFirst).slice(0, options.limit);
  const bylines: string[] = [];
  const byline = (name: string) => placeholder(bylines.push(escapeXml(name)) - 1);
  const xml = await getRssString({
    title: cleanXml(channel.title),
    description: cleanXml(channel.description),
    site: channel.link,
    xmlns: NAMESPACES,
    customData: [
      `<language>${escapeXml(channel.language)}</language>`,
      `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
      channel.hub ? `<atom:link href="${escapeXml(channel.hub)}" rel="hub"/>` : '',
      latest.length ? `<lastBuildDate>${rfc822(latest[0].date, options.offset)}</lastBuildDate>` : '',
    ].join(''),
    items: latest.map((item) => ({
      title: cleanXml(item.title),
      link: item.link,
      description: cleanXml(item.summary),
      content: cleanXml(item.html),
      categories: item.categories.map(cleanXml).filter(Boolean),
      customData: [
        `<guid isPermaLink="${item.guid.isPermaLink}">${escapeXml(item.guid.value)}</guid>`,
        `<pubDate>${rfc822(item.date, options.offset)}</pubDate>`,
        ...item.authors.map((name) => `<dc:creator>${byline(name)}</dc:creator>`),
      ].join(''),
      ...(item.enclosure ? { enclosure: item.enclosure } : {}),
    })),
  });
  return xml.replace(/\uFFFF(\d+)\uFFFF/g, (_, i: string) => bylines[Number(i)]);
}
