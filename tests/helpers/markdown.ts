import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { rehypePlugins } from '../../src/lib/markdown/plugins.ts';

/** Render Markdown with Astro's own unified pipeline and our plugins, as the build does. */
export async function renderMarkdown(text: string): Promise<string> {
  const processor = await createMarkdownProcessor({ rehypePlugins });
  return (await processor.render(text, { fileURL: new URL('file:///content/articles/2025/x/vi.md') })).code;
}

/** Compile MDX the way @astrojs/mdx does; the result is the module's JavaScript. */
export async function compileMdx(text: string): Promise<string> {
  const renderer = await unified({ rehypePlugins }).createMdxRenderer!(
    { syntaxHighlight: false } as never,
    { srcDir: new URL('file:///src/'), optimize: false } as never,
  );
  return (await renderer.process(text, '/content/articles/2025/x/vi.mdx', {})).code;
}
