import { MESSAGES } from './messages.ts';
import { closest } from './suggest.ts';
import { allowedEmbed } from '../markdown/rehype-safe-html.ts';
import { reporter, type LoadedFile } from './file.ts';
import type { BodyFacts } from './body.ts';
import type { Problem } from './problems.ts';

/**
 * HTML and MDX in the body: what the sanitiser will remove from the page (a warning: the
 * page is safe, but the editor should know what readers will not see), and MDX that the
 * build cannot compile or must not run — syntax errors, components that do not exist,
 * imports of code, `{expressions}` or exports that build HTML themselves (errors).
 */
export function checkHtml(f: LoadedFile, body: BodyFacts, options: { embedHosts: string[]; components: string[] }): Problem[] {
  const problems: Problem[] = [];
  const at = reporter(f, problems);
  if (body.syntax) at('body', MESSAGES.mdxSyntax(body.syntax.reason), 'error', body.syntax.line);
  for (const r of body.removed) {
    const m =
      r.what === 'embed' ? MESSAGES.embedRemoved(r.detail, options.embedHosts)
      : r.what === 'handler' ? MESSAGES.handlerRemoved(r.detail)
      : r.what === 'url' ? MESSAGES.urlRemoved(r.detail)
      : r.what === 'set-html' ? MESSAGES.setHtmlRemoved
      : MESSAGES.tagRemoved(r.detail);
    at('body', m, 'warning', r.line);
  }
  for (const c of body.components) {
    if (!options.components.includes(c.name)) at('body', MESSAGES.unknownComponent(c.name, closest(c.name, options.components, {}, 1)[0], options.components), 'error', c.line);
  }
  for (const c of body.components.filter((c) => c.name === 'Video')) {
    if (c.values.src && !allowedEmbed(c.values.src, options.embedHosts)) at('body', MESSAGES.videoHost(c.values.src, options.embedHosts), 'error', c.line);
    if (!c.props.includes('title')) at('body', MESSAGES.videoNoTitle, 'error', c.line);
  }
  for (const c of body.mdComponents) {
    if (options.components.includes(c.name)) at('body', MESSAGES.componentInMarkdown(c.name, f.locale), 'error', c.line);
  }
  for (const i of body.foreignImports) at('body', MESSAGES.foreignImport(i.source), 'error', i.line);
  for (const line of body.jsxInCode) at('body', MESSAGES.jsxInCode, 'error', line);
  return problems;
}
