import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/schema.ts';
import { articleLoader } from './site/article-loader.ts';
import { contentDir } from './lib/site.ts';

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ contentDir, publishFuture: () => process.env.PUBLISH_FUTURE === '1' }),
    schema: articleSchema,
  }),
};
