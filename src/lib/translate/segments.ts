import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { Expression, Node as EsNode } from 'estree';
import { parseBody } from '../validate/body-html.ts';
import { COMPONENT_PROPS, type PropTable } from '../markdown/mdx-policy.ts';
import { escapeXml, type WireNode } from './wire.ts';
import { protectTerms, type GlossaryEntry } from './glossary.ts';

/**
 * An article cut into what a translation engine is sent — only text — and put back
 * together: headings, lists, emphasis, link and image addresses, code, HTML, embeds, MDX
 * imports, component names and their other props come back byte for byte; link text,
 * image alt, and the text props of the article components are translated.
 */

/** One piece of text to translate, and where and how its translation goes back. */
export interface Segment {
  /** What is sent: XML-escaped text with the tags of wire.ts. */
  wire: string;
  /** Ids of the tags sent, which must all come back once. */
  expected: { g: number[]; x: number[] };
  /** 1-based line in the text it came from (for messages). */
  line: number;
  /** Where its translation goes: text[start, end) is replaced. */
  start: number;
  end: number;
  /** The replacement for text[start, end), from the translation read by parseWire. */
  render(nodes: WireNode[]): string;
  /**
   * Set on the text props of a component inside a paragraph: translated like any segment,
   * but written back by the paragraph's own segment (renderAll renders these first).
   */
  nested?: boolean;
  output?: string;
}

/** How a translated piece of text is written back where it came from. */
type Context = 'markdown' | 'mdx' | 'plain' | 'attribute' | 'js';

/** Escape text for where it goes, so that no translation can make markup (or MDX code) of it. */
function escapeFor(text: string, context: Context): string {
  switch (context) {
    case 'plain':
      return text;
    case 'attribute':
      // MDX decodes character references in attribute values.
      return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    case 'js':
      return JSON.stringify(text).slice(1, -1);
    default: {
      // Every ASCII punctuation character may be backslash-escaped in CommonMark (and MDX).
      const escaped = text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
      return context === 'mdx' ? escaped.replace(/[{}]/g, '\\$&') : escaped;
    }
  }
}

/** Builds one segment: text, tags around text (g) and tags for what is not text (x). */
class SegmentBuilder {
  private next = 1;
  private readonly groups = new Map<number, { open: string | (() => string); close: string }>();
  /** Segments inside this one's markup: the text props of an inline component. */
  readonly nested: Segment[] = [];
  private readonly atoms = new Map<number, string>();
  private hasText = false;
  private readonly context: Context;
  private readonly target: string;
  private readonly glossary: GlossaryEntry[];
  constructor(context: Context, target: string, glossary: GlossaryEntry[]) {
    this.context = context;
    this.target = target;
    this.glossary = glossary;
  }

  /** Text, with the glossary's terms made into tags that come back as the official name. */
  text(value: string): string {
    let out = '';
    for (const part of protectTerms(value, this.target, this.glossary)) {
      if (typeof part === 'string') {
        if (part.trim()) this.hasText = true;
        out += escapeXml(this.context === 'markdown' || this.context === 'mdx' ? part.replace(/\s*\n\s*/g, ' ') : part);
      } else out += this.atom(escapeFor(part.name, this.context));
    }
    return out;
  }

  /** What must come back as written: `<x id="n"/>`. */
  atom(written: string): string {
    const id = this.next++;
    this.atoms.set(id, written);
    return `<x id="${id}"/>`;
  }

  /** Markup around text: `<g id="n">…</g>`, written back as open + translation + close. */
  group(open: string | (() => string), close: string, inner: string): string {
    const id = this.next++;
    this.groups.set(id, { open, close });
    return `<g id="${id}">${inner}</g>`;
  }

  /** The segment, or undefined when it holds no text to translate. */
  build(wire: string, at: { start: number; end: number; line: number }, wrap: (s: string) => string = (s) => s): Segment | undefined {
    if (!this.hasText) return undefined;
    const { groups, atoms, context } = this;
    const open = (id: number) => {
      const o = groups.get(id)!.open;
      return typeof o === 'string' ? o : o();
    };
    const render = (nodes: WireNode[]): string =>
      nodes
        .map((n) =>
          n.type === 'text' ? escapeFor(n.value, context) : n.type === 'x' ? atoms.get(n.id)! : open(n.id) + render(n.children) + groups.get(n.id)!.close,
        )
        .join('');
    return { wire, expected: { g: [...groups.keys()], x: [...atoms.keys()] }, ...at, render: (nodes) => wrap(render(nodes)) };
  }
}

type Positioned = { position?: { start: { offset?: number; line: number }; end: { offset?: number } } };
const startOf = (n: Positioned) => n.position?.start.offset ?? 0;
const endOf = (n: Positioned) => n.position?.end.offset ?? 0;

/** Where the alt text of `![alt](…)` ends in its source: the `]` that closes the opening `![`. */
function altEnd(written: string): number {
  let depth = 0;
  for (let i = 2; i < written.length; i++) {
    const c = written[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && depth-- === 0) return i;
  }
  return written.length;
}

/** Inline content as wire text: text is sent, markup becomes tags (see SegmentBuilder). */
function inline(nodes: PhrasingContent[], source: string, b: SegmentBuilder, target: string, glossary: GlossaryEntry[]): string {
  return nodes
    .map((node): string => {
      const written = source.slice(startOf(node), endOf(node));
      switch (node.type) {
        case 'text':
          return b.text(node.value);
        case 'strong':
        case 'emphasis':
        case 'delete':
        case 'link':
        case 'linkReference':
        case 'mdxJsxTextElement': {
          const children = node.children as PhrasingContent[];
          // An autolink (<https://…> or a bare address) is an address, not text.
          const autolink = node.type === 'link' && !written.startsWith('[');
          if (!children.length || autolink) return b.atom(written);
          const from = startOf(node);
          const openTag = source.slice(from, startOf(children[0]));
          const close = source.slice(endOf(children.at(-1)!), endOf(node));
          // <PullQuote cite="…">…</PullQuote> inside a paragraph: its text props are segments of their own.
          const props = node.type === 'mdxJsxTextElement' ? componentSegments(node, source, target, glossary) : [];
          for (const p of props) p.nested = true;
          b.nested.push(...props);
          const open = props.length
            ? () =>
                applySegments(
                  openTag,
                  props.map((p) => ({ ...p, nested: false, start: p.start - from, end: p.end - from })),
                  props.map((p) => p.output ?? ''),
                )
            : openTag;
          return b.group(open, close, inline(children, source, b, target, glossary));
        }
        case 'image':
        case 'imageReference': {
          if (!node.alt?.trim()) return b.atom(written);
          const end = altEnd(written);
          return b.group('![', written.slice(end), b.text(node.alt));
        }
        default:
          // Code, HTML, {expressions}, footnote references, breaks: as written.
          return b.atom(written);
      }
    })
    .join('');
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The translatable string literals of a Gallery's images={[{ alt: '…', caption: '…' }]}. */
function literalTexts(expression: EsNode, table: PropTable): { start: number; end: number; value: string }[] {
  if (expression.type !== 'ArrayExpression') return [];
  return expression.elements.flatMap((item) => {
    if (item?.type !== 'ObjectExpression') return [];
    return item.properties.flatMap((p) => {
      if (p.type !== 'Property') return [];
      const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : '';
      const value = p.value as Expression & { start?: number; end?: number };
      const translate = Object.hasOwn(table, key) && table[key].translate;
      return translate && value.type === 'Literal' && typeof value.value === 'string' ? [{ start: value.start!, end: value.end!, value: value.value }] : [];
    });
  });
}

/** Segments for the text props of an article component (an alt, a caption), in the file. */
function componentSegments(
  node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
  body: string,
  target: string,
  glossary: GlossaryEntry[],
): Segment[] {
  const spec = node.name && Object.hasOwn(COMPONENT_PROPS, node.name) ? COMPONENT_PROPS[node.name] : undefined;
  if (!spec) return [];
  const found: Segment[] = [];
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !Object.hasOwn(spec.props, a.name)) continue;
    const prop = spec.props[a.name];
    const at = { start: startOf(a), end: endOf(a), line: lineOf(body, startOf(a)) };
    if (prop.translate && typeof a.value === 'string') {
      const b = new SegmentBuilder('attribute', target, glossary);
      const segment = b.build(b.text(a.value), at, (s) => `${a.name}="${s}"`);
      if (segment) found.push(segment);
    } else if (typeof prop.type === 'object' && 'listOf' in prop.type && a.value && typeof a.value === 'object') {
      const statement = a.value.data?.estree?.body[0];
      if (statement?.type !== 'ExpressionStatement') continue;
      for (const literal of literalTexts(statement.expression, prop.type.listOf)) {
        const b = new SegmentBuilder('js', target, glossary);
        const segment = b.build(b.text(literal.value), { ...literal, line: lineOf(body, literal.start) }, (s) => `"${s}"`);
        if (segment) found.push(segment);
      }
    }
  }
  return found;
}

/**
 * The segments of an article body (Markdown or MDX), in order: each paragraph, heading and
 * table cell is one segment, with its inline markup as tags; and the text props of the
 * article components. `target` picks the glossary names. Throws on MDX that does not compile.
 */
export function bodySegments(body: string, mdx: boolean, target: string, glossary: GlossaryEntry[]): Segment[] {
  const tree: Root = parseBody(body, mdx);
  const segments: Segment[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (!node.children.length) return;
      const b = new SegmentBuilder(mdx ? 'mdx' : 'markdown', target, glossary);
      const start = startOf(node.children[0]);
      const wire = inline(node.children, body, b, target, glossary);
      const segment = b.build(wire, { start, end: endOf(node.children.at(-1)!), line: lineOf(body, start) }, (s) =>
        // A translation must not start a heading, a quotation or a list where a paragraph was.
        s.replace(/^([#>+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2'),
      );
      if (segment) segments.push(segment);
      segments.push(...b.nested);
      return;
    }
    if (node.type === 'mdxJsxFlowElement') segments.push(...componentSegments(node, body, target, glossary));
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return segments.sort((a, b) => a.start - b.start || Number(Boolean(a.nested)) - Number(Boolean(b.nested)));
}

/**
 * Render every segment from its translation (wire text, read with parseWire), nested ones
 * first so that the paragraph around them can write them back.
 */
export function renderAll(segments: Segment[], nodes: WireNode[][]): string[] {
  const rendered: string[] = new Array(segments.length);
  for (let i = segments.length - 1; i >= 0; i--) if (segments[i].nested) segments[i].output = rendered[i] = segments[i].render(nodes[i]);
  for (let i = 0; i < segments.length; i++) if (!segments[i].nested) rendered[i] = segments[i].render(nodes[i]);
  return rendered;
}

/** A segment for a front-matter field (title, summary, image_alt): plain text. */
export function plainSegment(text: string, target: string, glossary: GlossaryEntry[]): Segment | undefined {
  const b = new SegmentBuilder('plain', target, glossary);
  return b.build(b.text(text), { start: 0, end: text.length, line: 1 });
}

/** `text` with each segment's range replaced by its translation (`rendered`, in the same order); nested ones are inside others. */
export function applySegments(text: string, segments: Segment[], rendered: string[]): string {
  let out = '';
  let at = 0;
  segments.forEach((s, i) => {
    if (s.nested) return;
    out += text.slice(at, s.start) + rendered[i];
    at = s.end;
  });
  return out + text.slice(at);
}
