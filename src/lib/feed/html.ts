import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import { allowedEmbed } from '../markdown/rehype-safe-html.ts';
import { cleanXml } from './xml.ts';

/**
 * What article HTML may keep in a feed: GitHub's schema (no <script>, <style>, <iframe>,
 * event handlers, or URLs other than http(s)/mailto), plus figures, responsive images
 * and `lang`/`dir`. Ids are kept as written (no `user-content-` prefix).
 */
const FEED_SCHEMA: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  // Elements whose text is code, not prose: dropped with their content.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'select'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dir'],
    img: [...(defaultSchema.attributes?.img ?? []), 'srcSet', 'sizes'],
    source: ['srcSet', 'sizes', 'type', 'media'],
  },
  protocols: { ...defaultSchema.protocols, srcSet: ['http', 'https'] },
};

/** Attributes that hold one URL, as hast names them. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'];

/**
 * Article HTML made fit for a feed: characters XML forbids removed, sanitised (this does
 * not rely on the Markdown pipeline having done it: MDX output is never sanitised there),
 * a video embed from an allowed host replaced by a link to it, and every URL absolute
 * against the article's address.
 *
 * feedHtml('<a href="../x/" onclick="f()">x</a>', 'https://s.org/vi/articles/a/', [])
 *   → '<a href="https://s.org/vi/articles/x/">x</a>'
 */
export function feedHtml(html: string, pageUrl: string, embedHosts: string[]): string {
  const tree = fromHtml(cleanXml(html), { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'iframe' || !parent || index === undefined) return;
    parent.children[index] = allowedEmbed(node.properties.src, embedHosts) ? embedLink(node) : { type: 'text', value: '' };
  });
  const clean = sanitize(tree, FEED_SCHEMA) as Root;
  visit(clean, 'element', (node: Element) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string' && value) node.properties[name] = absolute(value, pageUrl);
    }
    const srcset = node.properties.srcSet;
    if (srcset !== undefined) node.properties.srcSet = absoluteSrcset(Array.isArray(srcset) ? srcset.join(',') : String(srcset), pageUrl);
  });
  return toHtml(clean);
}

/** `<iframe src title>` → `<p><a href=src>title</a></p>`: feed readers drop iframes. */
function embedLink(iframe: Element): ElementContent {
  const href = String(iframe.properties.src);
  const text = typeof iframe.properties.title === 'string' && iframe.properties.title ? iframe.properties.title : href;
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] }],
  };
}

/** A URL resolved against the page; one that does not parse is left for the sanitiser's verdict. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** 'a.webp 400w, /b.webp 800w' → each candidate's URL absolute, descriptors kept. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, ...descriptors]) => [absolute(url, base), ...descriptors].join(' '))
    .join(', ');
}
