import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { renderArticle } from './render-article.ts';
import { mdxComponents } from '../components/mdx/index.ts';
import type { Entry } from './content.ts';

let container: Promise<AstroContainer> | undefined;

/**
 * An article's body as the page shows it, rendered outside a page with Astro's container
 * API: MDX components run and images resolve to their built files (a Markdown entry's
 * `rendered.html` still holds image placeholders, and an MDX entry has none).
 */
export async function articleHtml(entry: Entry): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await renderArticle(entry);
  return (await container).renderToString(Content, { props: { components: mdxComponents } });
}
