import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { raw } from 'hast-util-raw';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { sanitizeArticle, type Removal } from '../markdown/rehype-safe-html.ts';

/** Something the sanitiser will remove from the page, on its line in the article's file. */
export interface BodyRemoval extends Removal {
  line: number;
}

/**
 * Rehype plugin that takes the tree remark-rehype made (into file.data.hast) and hands on an
 * empty one, so that compiling it to JavaScript, which the report does not need, costs nothing.
 */
function grabTree() {
  return (tree: Root, file: VFile): Root => {
    file.data.hast = tree;
    return { type: 'root', children: [] };
  };
}

/**
 * The pipelines that build articles, up to the rehype plugins: GFM (on by default in Astro, for
 * .md and .mdx) and remark-rehype with allowDangerousHtml, called by @mdx-js/mdx as Astro's
 * Markdown pipeline calls it (passThrough of the MDX node types matters only to MDX).
 * Smartypants changes text only, and shiki only the code blocks the sanitiser then judges,
 * which editors did not write: neither is needed to know what is removed.
 */
const processors = {
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm], rehypePlugins: [grabTree] }),
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm], rehypePlugins: [grabTree] }),
};

/**
 * An article body's Markdown tree as the build parses it (GFM on, as in Astro): readBody
 * reads it for the checks and hands it on here, so each body is parsed once. Throws on MDX
 * that does not compile.
 */
export function parseBody(body: string, mdx: boolean): MdastRoot {
  return processors[mdx ? 'mdx' : 'md'].parse(new VFile({ value: body })) as MdastRoot;
}

/**
 * The hast tree the article plugins receive in the build, from the body's Markdown tree, or
 * undefined if it does not compile (readBody reports that as a syntax error).
 */
function articleTree(tree: MdastRoot, body: string, mdx: boolean): { tree: Root; file: VFile } | undefined {
  const processor = processors[mdx ? 'mdx' : 'md'];
  const file = new VFile({ value: body });
  try {
    // The types describe the whole compile, to a JavaScript program; grabTree stops it at hast.
    processor.runSync(tree as never, file);
  } catch {
    return undefined;
  }
  const hast = file.data.hast as Root;
  // @astrojs/mdx runs rehype-raw (passing MDX nodes through) before the article plugins.
  return { tree: mdx ? (raw(hast, { file, passThrough: [...nodeTypes] }) as Root) : hast, file };
}

/**
 * What the sanitiser will remove from an article's body, with the file's lines: the body
 * starts on line `firstLine`; `tree` is parseBody's (it is changed). The build's own
 * sanitizeArticle decides, on the tree the build makes, so `npm run check` reports exactly
 * what the pages lose. No HTML is read with regexes.
 * removedFromBody(parseBody(text, false), text, false, 8, …) for 'Xin <b onclick="x()">chào</b>' → [{ what: 'handler', detail: 'onclick', line: 8 }].
 */
export function removedFromBody(
  tree: MdastRoot,
  body: string,
  mdx: boolean,
  firstLine: number,
  options: { embedHosts: string[]; components: string[] },
): BodyRemoval[] {
  const built = articleTree(tree, body, mdx);
  if (!built) return [];
  const { removed } = sanitizeArticle(built.tree, { ...options, mdx, file: built.file });
  return removed.map((r) => ({ ...r, line: (r.line ?? 1) + firstLine - 1 }));
}
