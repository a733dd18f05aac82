import { h } from 'hastscript';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

/** The MDX node types that carry code (ESM, `{expressions}`) or JSX. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: RootContent[];
  data?: { estree?: unknown };
}

const SLOT = 'mdx-slot';
const JSX_ELEMENT = /^mdxJsx(Flow|Text)Element$/;

/** Whether a parsed expression or ESM block builds JSX itself (it would bypass the schema). */
export function containsJsx(estree: unknown): boolean {
  if (!estree || typeof estree !== 'object') return false;
  if (Array.isArray(estree)) return estree.some(containsJsx);
  const node = estree as Record<string, unknown>;
  if (node.type === 'JSXElement' || node.type === 'JSXFragment') return true;
  return Object.entries(node).some(([k, v]) => k !== 'loc' && k !== 'range' && typeof v === 'object' && containsJsx(v));
}

/** Literal attributes of a lowercase JSX element, as hastscript properties; expressions and spreads cannot be checked, so they go. */
function literalProperties(attributes: MdxNode['attributes'] = []): Properties {
  const props: Properties = {};
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.value === null || a.value === undefined) props[a.name] = true;
    else if (typeof a.value === 'string') props[a.name] = a.value;
  }
  return props;
}

/**
 * Sanitise an MDX article's tree with the schema used for raw HTML in Markdown.
 * HTML written as JSX (`<a onClick=…>`, `<script>`, `<iframe>`) becomes plain elements
 * and goes through hast-util-sanitize; the allowed components (Figure, Video…) stay, less
 * any `set:html`; other components are unwrapped to their content; `{expressions}` and
 * export statements that build JSX themselves are removed (`npm run check` reports them).
 * sanitizeMdx(tree with `<b onClick="x()">x</b>`, schema, ['Figure']) → tree with `<b>x</b>`.
 */
export function sanitizeMdx(tree: Root, schema: Schema, components: string[]): Root {
  const kept: MdxNode[] = [];
  const slot = (node: MdxNode, children: ElementContent[] = []): Element => {
    kept.push(node);
    return { type: 'element', tagName: SLOT, properties: { dataMdx: kept.length - 1 }, children };
  };

  const convert = (node: RootContent): RootContent[] => {
    const mdx = node as unknown as MdxNode;
    if (mdx.type === 'mdxjsEsm') {
      // Keep the imports and exports that build no JSX (`import photo from './a.jpg'`).
      const program = mdx.data?.estree as { body: unknown[] } | undefined;
      if (program) program.body = program.body.filter((statement) => !containsJsx(statement));
      return program && program.body.length === 0 ? [] : [slot(mdx)];
    }
    if (mdx.type === 'mdxFlowExpression' || mdx.type === 'mdxTextExpression') {
      return containsJsx(mdx.data?.estree) ? [] : [slot(mdx)];
    }
    const children = (mdx.children ?? []).flatMap(convert) as ElementContent[];
    if (JSX_ELEMENT.test(mdx.type)) {
      const name = mdx.name ?? '';
      if (!name) return children; // a fragment <>…</>
      if (/^[A-Z]/.test(name) || name.includes('.')) {
        if (!components.includes(name)) return children;
        mdx.attributes = (mdx.attributes ?? []).filter((a) => !a.name?.startsWith('set:'));
        return [slot(mdx, children)];
      }
      return [h(name, literalProperties(mdx.attributes), children)];
    }
    if ('children' in node) return [{ ...node, children } as RootContent];
    return [node];
  };

  const slotSchema: Schema = {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), SLOT],
    attributes: { ...schema.attributes, [SLOT]: ['dataMdx'] },
  };
  const clean = sanitize({ type: 'root', children: tree.children.flatMap(convert) }, slotSchema) as Root;

  // Put the kept MDX nodes back, with their sanitised children.
  const restore = (nodes: RootContent[]): RootContent[] =>
    nodes.map((n) => {
      if (n.type === 'element' && n.tagName === SLOT) {
        const original = kept[Number(n.properties.dataMdx)];
        if (original.children) original.children = restore(n.children);
        return original as unknown as RootContent;
      }
      if ('children' in n) n.children = restore(n.children) as ElementContent[];
      return n;
    });
  clean.children = restore(clean.children);
  return clean;
}
