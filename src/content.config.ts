import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { articleSchema } from './lib/schema.ts';
import { readArticleFile } from './lib/content-files.ts';
import { sourceVersion } from './lib/source-version.ts';
import { contentDir } from './lib/site.ts';

/**
 * Astro's glob loader, with front-matter re-read by our own reader: YAML dates stay
 * strings (so "no offset" means the site's time zone, not UTC), text is NFC, and each
 * file gets the version hash its translations are compared against.
 */
function articleLoader() {
  const inner = glob({
    pattern: '**/*.{md,mdx}',
    base: path.resolve(contentDir(), 'articles'),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').normalize('NFC'),
  });
  return {
    name: 'bulletin-articles',
    load: (context: Parameters<typeof inner.load>[0]) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const file = readArticleFile(props.filePath);
          return context.parseData({ ...props, data: { ...file.data, _version: sourceVersion(file.data, file.body) } });
        },
      }),
  };
}

export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: articleSchema }),
};
