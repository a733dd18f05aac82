import { h } from 'hastscript';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Removal } from './rehype-safe-html.ts';

/** A JSX attribute: `name="value"`, `name` alone, `name={expression}` or `{...spread}`. */
interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: { line: number } };
}

/** The MDX node types that carry code (ESM, `{expressions}`) or JSX. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: MdxAttribute[];
  children?: RootContent[];
  data?: { estree?: unknown };
  position?: { start: { line: number; offset?: number } };
}

/** An ESM statement, as acorn gives it inside MDX (offsets in the whole document). */
interface Statement {
  type: string;
  start?: number;
  end?: number;
  loc?: { start: { line: number } };
}

/** Sanitises the tree with the schema and says what went (sanitizeReported in rehype-safe-html.ts). */
export type Sanitizer = (tree: Root, schema: Schema) => { tree: Root; removed: Removal[] };

const SLOT = 'mdx-slot';
const JSX_ELEMENT = /^mdxJsx(Flow|Text)Element$/;

/**
 * The attribute names and lines as written, for the elements built here from lowercase JSX:
 * hastscript renames them (`class` → className), and the report should say what the editor wrote.
 */
export const writtenAttributes = new WeakMap<Element, Map<string, { name: string; line?: number }>>();

/** Whether a parsed expression or ESM block builds JSX itself (it would bypass the schema). */
export function containsJsx(estree: unknown): boolean {
  if (!estree || typeof estree !== 'object') return false;
  if (Array.isArray(estree)) return estree.some(containsJsx);
  const node = estree as Record<string, unknown>;
  if (node.type === 'JSXElement' || node.type === 'JSXFragment') return true;
  return Object.entries(node).some(([k, v]) => k !== 'loc' && k !== 'range' && typeof v === 'object' && containsJsx(v));
}

/** An attribute as the editor wrote it, for the report: 'onClick', '{...props}', 'href={…}'. */
function attributeText(a: MdxAttribute): string {
  if (a.type !== 'mdxJsxAttribute') return `{${String(a.value ?? '')}}`;
  return a.value && typeof a.value === 'object' ? `${a.name}={…}` : String(a.name);
}

/** The first line of an MDX node's source text: '{year}', 'export const a = 1;'. */
function firstLine(text: string): string {
  return text.split('\n')[0];
}

/** Whether an `{expression}` holds only comments (`{/* note *\/}`): it renders nothing, so dropping it is no news. */
function onlyComments(node: MdxNode): boolean {
  const program = node.data?.estree as { body?: unknown[] } | undefined;
  return program?.body?.length === 0;
}

/**
 * Turn an MDX article's tree into hast the schema can judge: lowercase JSX becomes elements,
 * the allowed components and imports become slots (elements the schema keeps) to be put back.
 */
class Converter {
  readonly kept: MdxNode[] = [];
  readonly removed: Removal[] = [];
  private readonly components: string[];

  constructor(components: string[]) {
    this.components = components;
  }

  private drop(what: Removal['what'], detail: string, line: number | undefined): void {
    this.removed.push({ what, detail, line });
  }

  private slot(node: MdxNode, children: ElementContent[] = []): Element {
    this.kept.push(node);
    return { type: 'element', tagName: SLOT, properties: { dataMdx: this.kept.length - 1 }, children };
  }

  /** Keep only the imports (`import photo from './a.jpg'`): anything else is code the articles' policy refuses. */
  private esm(node: MdxNode): RootContent[] {
    const program = node.data?.estree as { body: Statement[] } | undefined;
    if (!program) return [];
    const origin = node.position?.start.offset ?? 0;
    for (const s of program.body.filter((s) => s.type !== 'ImportDeclaration')) {
      const text = s.start === undefined ? s.type : String(node.value ?? '').slice(s.start - origin, s.end! - origin);
      this.drop('code', firstLine(text), s.loc?.start.line ?? node.position?.start.line);
    }
    program.body = program.body.filter((s) => s.type === 'ImportDeclaration');
    return program.body.length === 0 ? [] : [this.slot(node)];
  }

  /** An allowed component keeps its attributes, less those that could run or inject code. */
  private component(node: MdxNode, children: ElementContent[]): RootContent[] {
    const name = node.name ?? '';
    if (!this.components.includes(name)) {
      this.drop('tag', `<${name}>`, node.position?.start.line);
      return children;
    }
    node.attributes = (node.attributes ?? []).filter((a) => {
      const expression = a.value && typeof a.value === 'object' ? (a.value as MdxNode).data?.estree : undefined;
      // Spreads and directives (set:html, client:load) cannot be checked; JSX in a prop would bypass the schema.
      const unsafe = a.type !== 'mdxJsxAttribute' || a.name?.includes(':') || containsJsx(expression);
      if (unsafe) this.drop('attribute', attributeText(a), a.position?.start.line ?? node.position?.start.line);
      return !unsafe;
    });
    return [this.slot(node, children)];
  }

  /** Lowercase JSX as a plain element with its literal attributes; expressions and spreads cannot be checked, so they go. */
  private element(node: MdxNode, children: ElementContent[]): Element {
    const props: Properties = {};
    const written = new Map<string, { name: string; line?: number }>();
    for (const a of node.attributes ?? []) {
      const line = a.position?.start.line ?? node.position?.start.line;
      if (a.type !== 'mdxJsxAttribute' || !a.name || (a.value !== null && a.value !== undefined && typeof a.value !== 'string')) {
        this.drop(a.name?.toLowerCase().startsWith('on') ? 'handler' : 'attribute', attributeText(a), line);
        continue;
      }
      props[a.name] = a.value ?? true;
      written.set(find(html, a.name).property, { name: a.name, line });
    }
    const element = h(node.name!, props, children);
    if (node.position) element.position = node.position as Element['position'];
    writtenAttributes.set(element, written);
    return element;
  }

  convert = (node: RootContent): RootContent[] => {
    const mdx = node as unknown as MdxNode;
    if (mdx.type === 'mdxjsEsm') return this.esm(mdx);
    if (mdx.type === 'mdxFlowExpression' || mdx.type === 'mdxTextExpression') {
      // Only comments may be written in braces now (the articles' policy refuses the rest).
      if (!onlyComments(mdx)) this.drop('code', firstLine(`{${mdx.value ?? ''}}`), mdx.position?.start.line);
      return [];
    }
    const children = (mdx.children ?? []).flatMap(this.convert) as ElementContent[];
    if (JSX_ELEMENT.test(mdx.type)) {
      const name = mdx.name ?? '';
      if (!name) return children; // a fragment <>…</>
      if (/^[A-Z]/.test(name) || name.includes('.')) return this.component(mdx, children);
      return [this.element(mdx, children)];
    }
    if ('children' in node) return [{ ...node, children } as RootContent];
    return [node];
  };
}

/** hast-util-sanitize alone, for callers that need no report. */
const plain: Sanitizer = (tree, schema) => ({ tree: sanitize(tree, schema) as Root, removed: [] });

/**
 * Sanitise an MDX article's tree with the schema used for raw HTML in Markdown, and say what
 * went. A policy refuses `{expressions}`, exports, spreads and `set:*` before the build gets
 * here; this is the defence in depth behind it. HTML written as JSX (`<a onClick=…>`,
 * `<script>`, `<iframe>`) becomes plain elements and goes through `clean` (the schema); the
 * allowed components (Figure, Video…) stay, less spreads, directives (`set:html`,
 * `client:load`) and props that build JSX; other components are unwrapped to their content;
 * every `{expression}` and every ESM statement but `import` is removed.
 * sanitizeMdx(tree with `<b onClick="x()">x</b>`, schema, ['Figure']).tree → tree with `<b>x</b>`.
 */
export function sanitizeMdx(tree: Root, schema: Schema, components: string[], clean: Sanitizer = plain): { tree: Root; removed: Removal[] } {
  const converter = new Converter(components);
  const slotSchema: Schema = {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), SLOT],
    attributes: { ...schema.attributes, [SLOT]: ['dataMdx'] },
  };
  const result = clean({ type: 'root', children: tree.children.flatMap(converter.convert) }, slotSchema);

  // Put the kept MDX nodes back, with their sanitised children.
  const restore = (nodes: RootContent[]): RootContent[] =>
    nodes.map((n) => {
      if (n.type === 'element' && n.tagName === SLOT) {
        const original = converter.kept[Number(n.properties.dataMdx)];
        if (original.children) original.children = restore(n.children);
        return original as unknown as RootContent;
      }
      if ('children' in n) n.children = restore(n.children) as ElementContent[];
      return n;
    });
  result.tree.children = restore(result.tree.children);
  return { tree: result.tree, removed: [...converter.removed, ...result.removed] };
}
