import { raw } from 'hast-util-raw';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeMdx, writtenAttributes } from './mdx-sanitize.ts';

/**
 * Something the sanitiser took out of an article, for `npm run check` to tell the editor.
 * - tag: an element, with its content for <script> and <style>, else unwrapped (its text stays): '<script>', '<form>', '<Khac>' (an unknown MDX component);
 * - handler: an event-handler attribute: 'onclick' (as written in MDX: 'onClick');
 * - attribute: another attribute a reader would miss: 'style', 'target', 'srcset', and in MDX 'set:html', '{...props}', 'href={…}';
 * - url: a link or source whose scheme is refused (the attribute goes): 'javascript:alert(1)';
 * - embed: an iframe not served over https from an allowed host (it goes): its src, '' if none;
 * - code: an MDX `{expression}` or a statement other than `import` (only MDX has these): '{year}', 'export const a = 1;'.
 * Attributes nobody would miss are not reported: see QUIET.
 */
export interface Removal {
  what: 'tag' | 'handler' | 'attribute' | 'url' | 'embed' | 'code';
  detail: string;
  /** Line in the text the tree was parsed from, when the tree knows it (Markdown raw HTML needs options.file). */
  line?: number;
}

/** What sanitizeArticle needs to know; `file` (the article's VFile) gives raw HTML in Markdown its lines. */
export interface ArticleOptions {
  mdx: boolean;
  embedHosts: string[];
  components: string[];
  file?: VFile;
}

/**
 * What raw HTML in Markdown may contain: GitHub's schema (no <script>, <style>, event
 * handlers or javascript: URLs), plus `lang`/`dir` on any element (multilingual text),
 * figures, iframes (whose hosts are then checked against the allowlist) and `tel:` links
 * (newsrooms publish contact phone numbers).
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
    protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'], src: ['http', 'https'] },
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

/**
 * Call `f` on every element under `node`, parents first. A plain loop: unist-util-visit costs
 * a hundred times more, and every article of the build passes here several times.
 */
function eachElement(node: Root | Element, f: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    f(child);
    eachElement(child, f);
  }
}

/** Whether Markdown wrote any HTML of its own: most articles do not, and parsing it is costly. */
function hasRawHtml(node: Root | RootContent): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRawHtml));
}

/**
 * Attributes whose loss no reader notices, so not reported: classes (no stylesheet of ours
 * styles an editor's class), data-* and aria-* (left over from scripts and pasted embeds),
 * and the presentational leftovers of pasted embed codes (YouTube's frameborder="0").
 */
const QUIET = new Set(['class', 'classname', 'role', 'frameborder', 'scrolling', 'marginwidth', 'marginheight', 'allowtransparency']);

/** Whether losing this attribute goes unnoticed: quiet('data-lang') → true, quiet('style') → false. */
function quiet(name: string): boolean {
  const lower = name.toLowerCase();
  return QUIET.has(lower) || lower.startsWith('data-') || lower.startsWith('aria-');
}

/**
 * A hast property that hast-util-sanitize keeps on every element: it carries each element's
 * index through sanitize(), which builds a new tree, so that what lost it was removed.
 */
const MARK = 'dataSafeHtmlMark';

/** The schema plus the marker. */
function withMark(schema: Schema): Schema {
  return { ...schema, attributes: { ...schema.attributes, '*': [...(schema.attributes?.['*'] ?? []), MARK] } };
}

/** Number every element of the tree (in place) by the marker. */
function mark(tree: Root): void {
  let next = 0;
  eachElement(tree, (node) => {
    node.properties[MARK] = next++;
  });
}

/** Whether the schema lets this element have this property at all (whatever its value): allows(schema, 'a', 'href') → true. */
function allows(schema: Schema, tagName: string, key: string): boolean {
  const entries = [...(schema.attributes?.[tagName] ?? []), ...(schema.attributes?.['*'] ?? [])];
  return entries.some((entry) => (typeof entry === 'string' ? entry : entry[0]) === key);
}

/** Remove the iframes not from an allowed host and make the others lazy and referrer-strict; adds the markers of those removed to `dropped`. */
function dropEmbeds(node: Root | Element, hosts: string[], dropped = new Set<unknown>()): Set<unknown> {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (child.type !== 'element') continue;
    if (child.tagName !== 'iframe') dropEmbeds(child, hosts, dropped);
    else if (!allowedEmbed(child.properties.src, hosts)) {
      dropped.add(child.properties[MARK]);
      node.children.splice(i, 1);
    } else {
      child.properties.loading = 'lazy';
      child.properties.referrerPolicy = 'strict-origin-when-cross-origin';
      child.properties.allowFullScreen = true;
    }
  }
  return dropped;
}

/** The elements of the clean tree by marker, taking the markers off them. */
function survivors(clean: Root): Map<unknown, Element> {
  const byMark = new Map<unknown, Element>();
  eachElement(clean, (node) => {
    byMark.set(node.properties[MARK], node);
    delete node.properties[MARK];
  });
  return byMark;
}

/** What the sanitiser made of the original tree: the surviving elements by marker, and the iframes dropped. */
interface Outcome {
  schema: Schema;
  kept: Map<unknown, Element>;
  embeds: Set<unknown>;
  removed: Removal[];
}

/** Report a property the sanitiser dropped from a surviving element, if a reader would miss it. */
function reportProperty(outcome: Outcome, node: Element, key: string, line: number | undefined): void {
  const value = node.properties[key];
  if (key === MARK || value === null || value === undefined) return;
  const written = writtenAttributes.get(node)?.get(key);
  const name = written?.name ?? find(html, key).attribute;
  line = written?.line ?? line;
  if (name.toLowerCase().startsWith('on')) outcome.removed.push({ what: 'handler', detail: name, line });
  else if (outcome.schema.protocols?.[key] && allows(outcome.schema, node.tagName, key)) {
    // Allowed here, yet gone: its value had a refused scheme.
    outcome.removed.push({ what: 'url', detail: String(value), line });
  } else if (!quiet(name)) outcome.removed.push({ what: 'attribute', detail: name, line });
}

/**
 * Walk the original tree against the outcome: an element whose marker did not survive was
 * removed; within one removed element each removed tag is reported once (an <svg>'s hundred
 * <path>s are one warning). Takes the markers off the original tree as it goes.
 */
function compare(outcome: Outcome, nodes: RootContent[], line: number | undefined, seen?: Set<string>): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const id = node.properties[MARK];
    delete node.properties[MARK];
    const at = node.position?.start.line ?? line;
    const kept = outcome.kept.get(id);
    if (outcome.embeds.has(id)) {
      outcome.removed.push({ what: 'embed', detail: String(node.properties.src ?? ''), line: at });
    } else if (!kept) {
      const tag = `<${node.tagName}>`;
      if (!seen?.has(tag)) outcome.removed.push({ what: 'tag', detail: tag, line: at });
      // Stripped: its content went with it, and is the same removal.
      if (outcome.schema.strip?.includes(node.tagName)) continue;
      compare(outcome, node.children, at, (seen ?? new Set()).add(tag));
    } else {
      for (const key of Object.keys(node.properties)) if (!(key in kept.properties)) reportProperty(outcome, node, key, at);
      compare(outcome, node.children, at, seen);
    }
  }
}

/**
 * hast-util-sanitize, then the embed allowlist, reporting what went: every element carries a
 * marker through sanitize(), so an element whose marker is gone was removed, and a property
 * its clean copy lacks was dropped. The same code builds the page and the report, so they agree.
 * sanitizeReported(tree of `<b onclick="x()">a</b>`, schema, []).removed → [{ what: 'handler', detail: 'onclick', line: 1 }].
 */
export function sanitizeReported(tree: Root, schema: Schema, embedHosts: string[]): { tree: Root; removed: Removal[] } {
  mark(tree);
  const clean = sanitize(tree, withMark(schema)) as Root;
  const embeds = dropEmbeds(clean, embedHosts);
  const outcome: Outcome = { schema, kept: survivors(clean), embeds, removed: [] };
  compare(outcome, tree.children, undefined);
  return { tree: clean, removed: outcome.removed };
}

/** The removals in text order, each once: the same attribute twice on a line is one warning. */
function inOrder(removed: Removal[]): Removal[] {
  const seen = new Set<string>();
  return removed
    .filter((r) => {
      const key = `${r.what}\u0000${r.detail}\u0000${r.line}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/**
 * Sanitise an article's hast tree and say what was removed. Markdown: the raw HTML is parsed
 * first (with `file`, its elements get their lines); MDX: HTML written as JSX gets the same
 * schema via sanitizeMdx. Iframes survive only from `embedHosts`.
 * sanitizeArticle(tree of '<script>x</script>\n\nHi', { mdx: false, embedHosts: [], components: [] }).removed → [{ what: 'tag', detail: '<script>', line: 1 }].
 */
export function sanitizeArticle(tree: Root, options: ArticleOptions): { tree: Root; removed: Removal[] } {
  const schema = safeHtmlSchema();
  const clean = (t: Root, s: Schema) => sanitizeReported(t, s, options.embedHosts);
  const result = options.mdx
    ? sanitizeMdx(tree, schema, options.components, clean)
    : clean(hasRawHtml(tree) ? (raw(tree, { file: options.file }) as Root) : tree, schema);
  return { tree: result.tree, removed: inOrder(result.removed) };
}

/**
 * Rehype plugin: turn raw HTML in Markdown into elements, sanitise them, and keep
 * iframes only from the allowed video hosts (lazy-loaded, with a strict referrer policy).
 * In MDX, HTML written as JSX gets the same schema; only the listed components
 * (`components`) survive as components. `npm run check` reports what this removes
 * (src/lib/validate/body-html.ts), from the same sanitizeArticle.
 */
export function rehypeSafeHtml(options: { embedHosts: string[]; components: string[] }) {
  return (tree: Root, file: VFile): Root => sanitizeArticle(tree, { ...options, mdx: String(file.path ?? '').endsWith('.mdx'), file }).tree;
}
