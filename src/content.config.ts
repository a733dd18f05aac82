import { defineCollection, type ImageFunction } from 'astro:content';
import { articleSchema } from './lib/schema.ts';
import { articleLoader } from './site/article-loader.ts';
import { contentDir, publishFuture } from './lib/site.ts';

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ contentDir, publishFuture }),
    // The schema is generic in its image helper (check passes a stand-in): instantiated with
    // Astro's, an entry's `image` is typed as the image metadata it is, not `unknown`.
    schema: articleSchema<ReturnType<ImageFunction>>,
  }),
};
