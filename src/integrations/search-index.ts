/**
 * Builds the search index while Astro renders, instead of reading every page back after
 * the build. The middleware (src/middleware.ts) hands each rendered article page to a
 * worker thread (search-index-worker.ts), which prepares it and gives it to Pagefind's
 * process, both on the second core; a rebuild also gives Pagefind the kept records of
 * unchanged articles from the start. When the build is done the worker checks and
 * completes the index and writes <outDir>/pagefind/. Only article pages whose text is in
 * the page's language are indexed (never a fallback page): one index per language.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/languages.ts';
import { articlePageLocale } from '../lib/paths.ts';
import { contentDir } from '../lib/site.ts';
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
        const data: WorkerData = {
          outDir,
          cacheFile: path.join(cacheDir, 'search-records.json'),
          contentDir: path.resolve(root, contentDir()),
          codeDigest: hash.digest('hex'),
        };
        worker = new Worker(path.join(root, 'src', 'integrations', 'search-index-worker.ts'), { workerData: data });
        worker.on('error', (error) => (failure = error));
        const collector: SearchCollector = {
          page: (url, locale, html) => worker!.postMessage({ type: 'page', url, locale, html } satisfies ToWorker),
        };
        (globalThis as Record<symbol, unknown>)[SEARCH_COLLECTOR] = collector;
      },
      'astro:build:done': async ({ pages, logger }) => {
        delete (globalThis as Record<symbol, unknown>)[SEARCH_COLLECTOR];
        if (!worker) return;
        logger.info('writing the index of the article pages');
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
        if (reply.type === 'failed') throw new Error(`search: indexing failed:\n${reply.problems.join('\n')}`);
        const counts = LOCALES.map((l) => `${l} ${reply.counts[l] ?? 0}`).join(', ');
        const kept = reply.reused || reply.reread ? ` (${reply.reused} unchanged from the last build, ${reply.reread} read back)` : '';
        const guesses = reply.redone ? '; a page had changed that was not expected to: indexed again from the start' : reply.guessed ? `; ${reply.guessed} given to Pagefind from the last build as the build started` : '';
        logger.info(`indexed ${counts} article pages${kept}${guesses}; finishing took ${reply.seconds.toFixed(1)}s`);
      },
    },
  };
}
