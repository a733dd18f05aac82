import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { mdxViolations, type PolicyViolation } from '../markdown/mdx-policy.ts';
import { imagePathProblem } from '../content/image-path.ts';
import { parseBody, removedFromBody, type BodyRemoval } from './body-html.ts';

/** An image the body refers to: `![alt](src)`, `<img src alt>`, or an MDX import of a file beside the article. */
export interface BodyImage {
  src: string;
  /** undefined: no alt attribute at all (an MDX import has none to give). */
  alt?: string;
  line: number;
  how: 'markdown' | 'html' | 'import';
}

/** A component used in an MDX article, with its plain-text props. */
export interface BodyComponent {
  name: string;
  line: number;
  values: Record<string, string>;
}

/** What the checks need to know about an article's body, with lines in the file. */
export interface BodyFacts {
  images: BodyImage[];
  /** What the build's sanitiser removes from the page (the same code decides: body-html.ts). */
  removed: BodyRemoval[];
  /** MDX only: what the MDX policy refuses (src/lib/markdown/mdx-policy.ts), on file lines. */
  policy: PolicyViolation[];
  components: BodyComponent[];
  /** Markdown only: components written in a .md file, where they do not work. */
  mdComponents: { name: string; line: number }[];
  /** MDX that does not compile: the build would stop on it. */
  syntax?: { reason: string; line: number };
}

// A capital letter right after "<" is a component name; linear, so no input can make it slow.
const COMPONENT_TAG = /<([A-Z][A-Za-z0-9]*)/g;

/** The `<img>` elements of a piece of raw HTML, parsed as a browser would: [{ src, alt, offset }]. */
function htmlImages(html: string): { src: string; alt?: string; line: number }[] {
  const found: { src: string; alt?: string; line: number }[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
    const alt = node.properties.alt;
    found.push({ src: node.properties.src, alt: alt === undefined ? undefined : String(alt), line: node.position?.start.line ?? 1 });
  });
  return found;
}

/** Whether a path is a file the site would look for beside the article (not an address or an absolute path). */
export function localPath(src: string): boolean {
  return !/^([a-z][a-z\d+.-]*:|\/\/)/i.test(src) && !src.startsWith('/');
}

/**
 * Read an article body (Markdown or MDX) for the checks: its images, what the sanitiser
 * removes, and for MDX what the policy refuses and its components. `firstLine` is the file
 * line on which the body starts, so that every line given back is the file's. The body is
 * parsed by the MDX compiler's own parser; HTML by a browser's parser: no regexes.
 * readBody('![](a.jpg)', false, 8, []).images → [{ src: 'a.jpg', alt: '', line: 8, how: 'markdown' }].
 */
export function readBody(body: string, mdx: boolean, firstLine: number, embedHosts: string[], components: string[] = []): BodyFacts {
  const facts: BodyFacts = { images: [], removed: [], policy: [], components: [], mdComponents: [] };
  const fileLine = (line: number) => line + firstLine - 1;
  const at = (node: { position?: { start: { line: number } } }) => fileLine(node.position?.start.line ?? 1);
  let tree: Root;
  try {
    tree = parseBody(body, mdx);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    // Positions inside the reason are the body's, not the file's: leave them out.
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0].replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    facts.syntax = { reason, line: fileLine(e.line ?? 1) };
    return facts;
  }
  if (mdx) facts.policy = mdxViolations(tree).map((v) => ({ ...v, line: fileLine(v.line) }));
  visit(tree, (node) => {
    switch (node.type) {
      case 'image':
        facts.images.push({ src: node.url, alt: node.alt ?? '', line: at(node), how: 'markdown' });
        break;
      case 'html':
        for (const image of htmlImages(node.value)) facts.images.push({ ...image, line: at(node) + image.line - 1, how: 'html' });
        for (const m of node.value.matchAll(COMPONENT_TAG)) {
          facts.mdComponents.push({ name: m[1], line: at(node) + node.value.slice(0, m.index).split('\n').length - 1 });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const values: Record<string, string> = {};
        for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') values[a.name] = a.value;
        if (/^[A-Z]/.test(name)) facts.components.push({ name, line: at(node), values });
        else if (name === 'img' && values.src !== undefined) facts.images.push({ src: values.src, alt: values.alt, line: at(node), how: 'html' });
        break;
      }
      case 'mdxjsEsm':
        // The policy refuses every import but a picture beside the article; those pictures must exist.
        for (const statement of node.data?.estree?.body ?? []) {
          if (statement.type !== 'ImportDeclaration') continue;
          const source = String(statement.source.value);
          const line = statement.loc ? fileLine(statement.loc.start.line) : at(node);
          if (!imagePathProblem(source)) facts.images.push({ src: source, line, how: 'import' });
        }
        break;
    }
  });
  facts.removed = removedFromBody(tree, body, mdx, firstLine, { embedHosts, components });
  return facts;
}
