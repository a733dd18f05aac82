import type { AstroIntegration } from 'astro';
import { sharedContent } from '../lib/content/shared-model.ts';
import { checkCacheDir, contentDir, publishFuture } from '../lib/site.ts';

/**
 * A build reads and checks the content first, before Astro does anything else (and the
 * content loader then uses that model): content with an error stops it at once. The dev
 * server does not wait for this; its loader starts from what is quick to know.
 */
export function contentModel(): AstroIntegration {
  return {
    name: 'bulletin-content',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const model = await sharedContent(contentDir(), { publishFuture: publishFuture(), cacheDir: checkCacheDir() });
        console.log(`content: ${model.files.length} files read and checked in ${((performance.now() - started) / 1000).toFixed(2)}s`);
      },
    },
  };
}
