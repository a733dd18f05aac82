// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { SITE } from './src/lib/site.ts';
import { rehypePlugins } from './src/lib/markdown/plugins.ts';

export default defineConfig({
  site: SITE.siteUrl,
  output: 'static',
  // Tests and the benchmark build other content into other folders.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'always',
  // Images in article bodies get a srcset up to the text column's width (two densities).
  image: { layout: 'constrained', breakpoints: [400, 640, 800, 1200, 1600] },
  // Astro's default compression removes whitespace between inline elements, gluing
  // words together ("<b>Huế</b> <i>2025</i>" → "Huế2025") on pages and in the search index.
  compressHTML: false,
  markdown: {
    // Astro 7 renders Markdown with Sätteri, which runs no remark/rehype plugins:
    // switch the unified pipeline back on so that ours run.
    processor: unified({ rehypePlugins }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
