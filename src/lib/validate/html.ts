import { MESSAGES } from './messages.ts';
import { allowedEmbed } from '../markdown/rehype-safe-html.ts';
import { reporter, type ArticleFile } from './file.ts';
import type { BodyFacts } from './body.ts';
import type { BodyRemoval } from './body-html.ts';
import type { Problem } from './problems.ts';

/**
 * In MDX, code and unknown components are errors of the policy (mdx-policy.ts), which the
 * build refuses too; the sanitiser would also remove them, but saying it twice helps nobody.
 */
function policyCovers(r: BodyRemoval): boolean {
  if (r.what === 'code') return true;
  if (r.what === 'tag') return /^<[^a-z]/.test(r.detail);
  if (r.what === 'attribute') return r.detail.includes(':') || r.detail.includes('{');
  return false;
}

/** What to tell the editor about one removal. */
function removalMessage(r: BodyRemoval, embedHosts: string[]) {
  switch (r.what) {
    case 'embed':
      return MESSAGES.embedRemoved(r.detail, embedHosts);
    case 'handler':
      return MESSAGES.handlerRemoved(r.detail);
    case 'url':
      return MESSAGES.urlRemoved(r.detail);
    case 'attribute':
      return MESSAGES.attributeRemoved(r.detail);
    case 'code':
      return MESSAGES.codeRemoved;
    default:
      return MESSAGES.tagRemoved(r.detail);
  }
}

/**
 * HTML and MDX in the body: what the sanitiser will remove from the page (a warning: the
 * page is safe, but the editor should know what readers will not see), and MDX that the
 * build cannot compile or must not run: syntax errors and everything the MDX policy
 * refuses (errors; the build's MDX compile refuses the same, from the same code).
 */
export function checkHtml(f: ArticleFile, body: BodyFacts, options: { embedHosts: string[]; components: string[] }): Problem[] {
  const problems: Problem[] = [];
  const at = reporter(f, problems);
  const mdx = f.file.endsWith('.mdx');
  if (body.syntax) at('body', MESSAGES.mdxSyntax(body.syntax.reason), 'error', body.syntax.line);
  for (const v of body.policy) at('body', { message: v.message, fix: v.fix }, 'error', v.line);
  // A component in a .md file is an error of its own; what the sanitiser does to it is noise.
  const componentLines = new Set(body.mdComponents.filter((c) => options.components.includes(c.name)).map((c) => c.line));
  for (const r of body.removed) {
    if (mdx ? policyCovers(r) : componentLines.has(r.line)) continue;
    at('body', removalMessage(r, options.embedHosts), 'warning', r.line);
  }
  for (const c of body.components.filter((c) => c.name === 'Video')) {
    if (c.values.src && !allowedEmbed(c.values.src, options.embedHosts)) at('body', MESSAGES.videoHost(c.values.src, options.embedHosts), 'error', c.line);
  }
  for (const c of body.mdComponents) {
    if (options.components.includes(c.name)) at('body', MESSAGES.componentInMarkdown(c.name, f.locale), 'error', c.line);
  }
  return problems;
}
