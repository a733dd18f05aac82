// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE, cacheDir, outDir } from './src/lib/site.ts';
import { articleFacts } from './src/lib/article-facts.ts';
import { alternatesOf, inSitemap, translationsOf } from './src/lib/sitemap.ts';
import { markdownProcessor, mdxProcessor } from './src/lib/markdown/plugins.ts';
import { settledContent } from './src/lib/content/shared-model.ts';
import { contentModel } from './src/site/content-integration.ts';

// Which languages each article really exists in (the sitemap lists no fallback page), from
// the content model the build has read (src/site/content-integration.ts).
/** @type {ReturnType<typeof translationsOf> | undefined} */
let translations;
const translationsNow = () => {
  const model = settledContent();
  if (!model) throw new Error('the sitemap is made before the content was read');
  return (translations ??= translationsOf(articleFacts(model.files, model.failing)));
};

export default defineConfig({
  site: SITE.siteUrl,
  output: 'static',
  // Tests and the benchmark build other content into other folders.
  outDir: outDir(),
  cacheDir: cacheDir(),
  // Four pages in flight at once: while one page's file is written, the next renders
  // (rendering alone, 2,000 articles: 47.7 → 39.6 s; 8 was no faster and held more memory).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  trailingSlash: 'always',
  image: {
    // Images in article bodies get a srcset up to the text column's width (two densities).
    layout: 'constrained',
    breakpoints: [400, 640, 800, 1200, 1600],
    // AVIF at sharp's default effort (4) costs about 2 CPU-seconds per size of a photo;
    // effort 2 is ten times faster for files of about the same size (docs/performance.md).
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  // Astro's default compression removes whitespace between inline elements, gluing
  // words together ("<b>Huế</b> <i>2025</i>" → "Huế2025") on pages and in the search index.
  compressHTML: false,
  markdown: {
    // Astro 7 renders Markdown with Sätteri, which runs no remark/rehype plugins:
    // switch the unified pipeline back on so that ours run (src/lib/markdown/plugins.ts).
    processor: markdownProcessor,
  },
  integrations: [
    contentModel(),
    // The MDX compile itself refuses an article that would run code (src/lib/markdown/mdx-policy.ts),
    // so that no way of building, not even `astro build` alone, runs what an editor wrote.
    mdx({ processor: mdxProcessor }),
    sitemap({
      filter: (page) => inSitemap(page, translationsNow()),
      serialize: (item) => ({ ...item, links: alternatesOf(item.url, translationsNow()) }),
    }),
  ],
  // A rebuild keeps the pages whose data (their cacheKey) and code have not changed. The
  // output folder is not emptied first, so those pages are neither deleted nor copied back
  // from the cache; scripts/build.ts removes what the build no longer makes.
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
  devToolbar: { enabled: false },
});
