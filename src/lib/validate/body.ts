import { createProcessor } from '@mdx-js/mdx';
import { visit } from 'unist-util-visit';

/** An image the body refers to: `![alt](src)`, `<img src alt>`, or an MDX import of a file beside the article. */
export interface BodyImage {
  src: string;
  /** undefined: no alt attribute at all (an MDX import has none to give). */
  alt?: string;
  line: number;
  how: 'markdown' | 'html' | 'import';
}

/** Something the HTML sanitiser will remove from the page, and where. */
export interface Removed {
  what: 'tag' | 'handler' | 'url' | 'embed' | 'set-html';
  detail: string;
  line: number;
}

/** What the checks need to know about an article's body, with lines in the file. */
export interface BodyFacts {
  images: BodyImage[];
  removed: Removed[];
  /** MDX only: components used, imports that are not files beside the article, code that builds JSX. */
  components: { name: string; line: number; props: string[]; values: Record<string, string> }[];
  foreignImports: { source: string; line: number }[];
  jsxInCode: number[];
  /** Markdown only: components written in a .md file, where they do not work. */
  mdComponents: { name: string; line: number }[];
  /** MDX that does not compile: the build would stop on it. */
  syntax?: { reason: string; line: number };
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const DROPPED_TAGS = new Set(['script', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame', 'frameset']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'longdesc', 'xlink:href']);

const processors = { md: createProcessor({ format: 'md' }), mdx: createProcessor({ format: 'mdx' }) };

/** Whether a URL names a scheme the sanitiser refuses: 'java\tscript:x' → true, '/vi/' → false. */
export function unsafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme.
  const scheme = /^([^/?#]*?):/.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return Boolean(scheme && !['http', 'https', 'mailto', 'tel', 'irc', 'ircs', 'xmpp'].includes(scheme[1].toLowerCase()));
}

/** Whether a parsed JavaScript tree (an MDX expression or ESM block) builds JSX. */
function hasJsx(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasJsx);
  const n = node as Record<string, unknown>;
  if (n.type === 'JSXElement' || n.type === 'JSXFragment') return true;
  return Object.entries(n).some(([k, v]) => k !== 'loc' && typeof v === 'object' && hasJsx(v));
}

/** The HTML rules shared by raw HTML in Markdown and lowercase JSX in MDX. */
function htmlElement(facts: BodyFacts, tag: string, attributes: [string, string | undefined][], line: number, embedHosts: string[]): void {
  tag = tag.toLowerCase();
  if (DROPPED_TAGS.has(tag)) facts.removed.push({ what: 'tag', detail: `<${tag}>`, line });
  for (const [name, value] of attributes) {
    const attr = name.toLowerCase();
    if (/^on/.test(attr)) facts.removed.push({ what: 'handler', detail: name, line });
    else if (URL_ATTRIBUTES.has(attr) && value !== undefined && unsafeUrl(value)) facts.removed.push({ what: 'url', detail: value, line });
  }
  const src = attributes.find(([n]) => n.toLowerCase() === 'src')?.[1];
  if (tag === 'iframe') {
    let host = '';
    try {
      const url = new URL(src ?? '');
      host = url.protocol === 'https:' ? url.hostname : '';
    } catch {}
    if (!embedHosts.includes(host)) facts.removed.push({ what: 'embed', detail: src ?? '', line });
  }
  if (tag === 'img' && src !== undefined) {
    facts.images.push({ src, alt: attributes.find(([n]) => n.toLowerCase() === 'alt')?.[1], line, how: 'html' });
  }
}

/**
 * Read an article body (Markdown or MDX) for the checks: its images, what the sanitiser
 * will remove, and for MDX its components, imports and syntax. `firstLine` is the file
 * line on which the body starts, so that every line given back is the file's.
 * readBody('![](a.jpg)', false, 8, []).images → [{ src: 'a.jpg', alt: '', line: 8, how: 'markdown' }].
 */
export function readBody(body: string, mdx: boolean, firstLine: number, embedHosts: string[]): BodyFacts {
  const facts: BodyFacts = { images: [], removed: [], components: [], foreignImports: [], jsxInCode: [], mdComponents: [] };
  const at = (node: { position?: { start: { line: number } } }, offset = 0) => (node.position?.start.line ?? 1) + offset + firstLine - 1;
  let tree;
  try {
    tree = processors[mdx ? 'mdx' : 'md'].parse(body);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    // Positions inside the reason are the body's, not the file's: leave them out.
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0].replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    facts.syntax = { reason, line: (e.line ?? 1) + firstLine - 1 };
    return facts;
  }
  visit(tree, (node: any) => {
    switch (node.type) {
      case 'image':
        facts.images.push({ src: node.url, alt: node.alt ?? '', line: at(node), how: 'markdown' });
        break;
      case 'link':
        if (unsafeUrl(node.url)) facts.removed.push({ what: 'url', detail: node.url, line: at(node) });
        break;
      case 'html': {
        for (const m of String(node.value).matchAll(TAG)) {
          const attributes = [...m[2].matchAll(ATTRIBUTE)].map((a): [string, string | undefined] => [a[1], a[2] ?? a[3] ?? a[4]]);
          const line = at(node, String(node.value).slice(0, m.index).split('\n').length - 1);
          if (/^[A-Z]/.test(m[1])) facts.mdComponents.push({ name: m[1], line });
          htmlElement(facts, m[1], attributes, line, embedHosts);
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name: string = node.name ?? '';
        if (/^[A-Z]/.test(name) || name.includes('.')) {
          const literal = node.attributes.filter((a: any) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string');
          facts.components.push({ name, line: at(node), props: node.attributes.map((a: any) => a.name).filter(Boolean), values: Object.fromEntries(literal.map((a: any) => [a.name, a.value])) });
          for (const a of node.attributes) if (a.name?.startsWith('set:')) facts.removed.push({ what: 'set-html', detail: a.name, line: at(node) });
        } else if (name) {
          const attributes = node.attributes
            .filter((a: any) => a.type === 'mdxJsxAttribute' && (a.value === null || typeof a.value === 'string'))
            .map((a: any): [string, string | undefined] => [a.name, a.value ?? undefined]);
          htmlElement(facts, name, attributes, at(node), embedHosts);
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (hasJsx(node.data?.estree)) facts.jsxInCode.push(at(node));
        break;
      case 'mdxjsEsm':
        for (const statement of node.data?.estree?.body ?? []) {
          const line = statement.loc?.start.line ? statement.loc.start.line + firstLine - 1 : at(node);
          if (hasJsx(statement)) facts.jsxInCode.push(line);
          if (statement.type !== 'ImportDeclaration') continue;
          const source: string = statement.source.value;
          if (/^\.\.?\//.test(source) && IMAGE_FILE.test(source)) facts.images.push({ src: source, line, how: 'import' });
          else facts.foreignImports.push({ source, line });
        }
        break;
    }
  });
  return facts;
}
