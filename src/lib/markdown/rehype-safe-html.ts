import { raw } from 'hast-util-raw';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit, EXIT, SKIP } from 'unist-util-visit';
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeMdx } from './mdx-sanitize.ts';

/**
 * What raw HTML in Markdown may contain: GitHub's schema (no <script>, <style>, event
 * handlers or javascript: URLs), plus `lang`/`dir` on any element (multilingual text),
 * figures, and iframes (whose hosts are then checked against the allowlist).
 * Ids are kept as written: GFM footnotes already prefix theirs.
 */
export function safeHtmlSchema(): Schema {
  return {
    ...defaultSchema,
    clobber: [],
    clobberPrefix: '',
    // Drop these with their content: a stylesheet's text must not show up as prose.
    strip: ['script', 'style'],
    tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'iframe'],
    attributes: {
      ...defaultSchema.attributes,
      '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dir'],
      iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading', 'referrerPolicy'],
      code: [['className', /^language-./]],
    },
    protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
  };
}

/** Whether an embed URL is https on an allowed host: allowedEmbed('https://player.vimeo.com/video/1', ['player.vimeo.com']) → true. */
export function allowedEmbed(src: unknown, hosts: string[]): boolean {
  try {
    const url = new URL(String(src));
    return url.protocol === 'https:' && hosts.includes(url.hostname);
  } catch {
    return false;
  }
}

/** Whether Markdown wrote any HTML of its own: most articles do not, and parsing it is costly. */
function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * Rehype plugin: turn raw HTML in Markdown into elements, sanitise them, and keep
 * iframes only from the allowed video hosts (lazy-loaded, with a strict referrer policy).
 * In MDX, HTML written as JSX gets the same schema; only the listed components
 * (`components`) survive as components.
 */
export function rehypeSafeHtml(options: { embedHosts: string[]; components: string[] }) {
  const schema = safeHtmlSchema();
  return (tree: Root, file: VFile): Root => {
    const clean = String(file.path ?? '').endsWith('.mdx')
      ? sanitizeMdx(tree, schema, options.components)
      : (sanitize((hasRawHtml(tree) ? raw(tree) : tree) as Root, schema) as Root);
    visit(clean, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe') return;
      if (!allowedEmbed(node.properties.src, options.embedHosts) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.properties.loading = 'lazy';
      node.properties.referrerPolicy = 'strict-origin-when-cross-origin';
      node.properties.allowFullScreen = true;
    });
    return clean;
  };
}
