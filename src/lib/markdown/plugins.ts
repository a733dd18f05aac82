import { unified } from '@astrojs/markdown-remark';
import { remarkMdxPolicy } from './mdx-policy.ts';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeNfc } from './rehype-nfc.ts';
import { rehypeSafeHtml } from './rehype-safe-html.ts';
import { MDX_COMPONENTS } from './mdx-components.ts';
import { SETTINGS as site } from '../settings.ts';

/** The rehype plugins every article goes through, in order. */
export const rehypePlugins = [
  rehypeNfc,
  [rehypeSafeHtml, { embedHosts: site.embedHosts, components: MDX_COMPONENTS }],
  // Links to other sites must not give them a handle on our page.
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
] as never[];

/**
 * The processor Astro renders `.md` articles with (astro.config.mjs), and so the content
 * loader's worker threads (site/render-worker.ts). Smartypants is off: it curls quotes the
 * English way in every language (French uses « »), and was a seventh of the build's time.
 * Editors type the punctuation they mean.
 */
export const markdownProcessor = unified({ rehypePlugins, smartypants: false });

/**
 * The processor Astro compiles `.mdx` articles with: the article plugins, and first the MDX
 * policy, so that the compile itself refuses an article that would run code, whatever
 * runs the build. Smartypants is off as for Markdown (astro.config.mjs says why).
 */
export const mdxProcessor = unified({ remarkPlugins: [remarkMdxPolicy], rehypePlugins, smartypants: false });
