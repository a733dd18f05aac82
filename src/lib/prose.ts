import type { Nodes } from 'mdast';
import { parseBody } from './validate/body-html.ts';

/** The text of a node: text and code as written; expressions, HTML and pictures are not prose. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/**
 * A Markdown or MDX body reduced to its prose, from its syntax tree: the text of paragraphs
 * and headings (also inside components), without imports, expressions, code blocks, HTML
 * or pictures. proseOf("import a from './a.jpg'\n\n# Tin\n\n<Figure src={a} alt=\"x\" />\n\nXin **chào**", true) → 'Tin Xin chào'.
 */
export function proseOf(body: string, mdx: boolean): string {
  let tree;
  try {
    tree = parseBody(body, mdx);
  } catch {
    return '';
  }
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') parts.push(textOf(node));
    else if (node.type !== 'code' && 'children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
