/**
 * Prepares the search index while Astro renders, instead of reading every page back after
 * the build. The middleware (src/middleware.ts) hands each rendered article page to a
 * worker thread (search-index-worker.ts), which turns it into the document Pagefind reads,
 * on the second core, and keeps it in the record cache (<cacheDir>/search/); a rebuild
 * keeps the records of the pages Astro kept. scripts/search-index.ts then gives the
 * records to Pagefind once Astro has exited and freed its memory. Only article pages whose
 * text is in the page's language are indexed (never a fallback page).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { articlePageLocale } from '../lib/paths.ts';
import { SEARCH_COLLECTOR, type SearchCollector } from '../lib/search/collector.ts';
import type { FromWorker, ToWorker, WorkerData } from './search-index-worker.ts';

/** The files whose code decides what the index holds: another version makes another cache. */
const INDEXING_CODE = ['src/integrations/search-index-worker.ts', 'src/lib/search/indexed-page.ts', 'src/lib/search/text.ts', 'src/data/languages.json', 'node_modules/pagefind/package.json'];

export function searchIndex(): AstroIntegration {
  let root = '';
  let outDir = '';
  let cacheDir = '';
  let worker: Worker | undefined;
  let failure: Error | undefined;
  return {
    name: 'search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const hash = crypto.createHash('sha256');
        for (const file of INDEXING_CODE) hash.update(fs.readFileSync(path.join(root, file)));
        const data: WorkerData = { outDir, recordDir: path.join(cacheDir, 'search'), codeDigest: hash.digest('hex') };
        // The worker holds next to nothing: a small heap keeps its garbage from piling up.
        worker = new Worker(path.join(root, 'src', 'integrations', 'search-index-worker.ts'), {
          workerData: data,
          resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
        });
        worker.on('error', (error) => (failure = error));
        const collector: SearchCollector = {
          page: (url, locale, html) => worker!.postMessage({ type: 'page', url, locale, html } satisfies ToWorker),
        };
        (globalThis as Record<symbol, unknown>)[SEARCH_COLLECTOR] = collector;
      },
      'astro:build:done': async ({ pages, logger }) => {
        delete (globalThis as Record<symbol, unknown>)[SEARCH_COLLECTOR];
        if (!worker) return;
        const articlePages = pages
          .map(({ pathname }) => `/${decodeURI(pathname).replace(/^\/+/, '')}`)
          .flatMap((url) => {
            const locale = articlePageLocale(url);
            return locale ? [{ url, locale }] : [];
          });
        const reply = await new Promise<FromWorker>((resolve, reject) => {
          if (failure) return reject(failure);
          worker!.once('message', resolve);
          worker!.once('error', reject);
          worker!.postMessage({ type: 'finish', pages: articlePages } satisfies ToWorker);
        }).finally(() => worker!.terminate());
        if (reply.type === 'failed') throw new Error(`search: the records could not be made:\n${reply.problem}`);
        logger.info(`${reply.records} search records: ${reply.rendered} article pages rendered, ${reply.reused} kept from the last build, ${reply.reread} read back`);
      },
    },
  };
}
