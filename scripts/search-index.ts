/**
 * The search index. `npm run build` starts this beside `astro build`: while Astro renders,
 * it follows the article pages as they are written and turns each into its search record
 * (scripts/lib/search-records.ts), on the second core and in a process of its own, so that
 * Astro's rendering and memory are untouched. When Astro has exited, build.ts tells it so
 * (an IPC message); it then makes the records still missing and writes <outDir>/pagefind/:
 * one index per language, holding only article pages whose text is in that language (never
 * a fallback page), each made by Pagefind from its records in URL order (so that the same
 * site makes the same index) and made again only when its records changed
 * (scripts/lib/pagefind-languages.ts). Run on its own (`node scripts/search-index.ts`), it
 * indexes the built site at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/lib/languages.ts';
import { recordFile } from '../src/lib/search/record-cache.ts';
import { cacheDir, contentDir, outDir as outFolder } from '../src/lib/site.ts';
import { SearchRecords, indexingCodeDigest, sourceStamps } from './lib/search-records.ts';
import { writeLanguageIndexes } from './lib/pagefind-languages.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, outFolder());
const recordDir = path.join(path.resolve(root, cacheDir()), 'search');
const records = new SearchRecords(outDir, recordDir, indexingCodeDigest(root));
const sources = sourceStamps(path.resolve(root, contentDir()));

/** Follow the pages as Astro writes them, until build.ts says the build is over. */
async function follow(): Promise<void> {
  const since = Date.now();
  let finished = false;
  process.once('message', () => (finished = true));
  const done = new Set<string>();
  while (!finished) {
    const t0 = performance.now();
    const waiting = records.pages().filter((page) => !done.has(page.url));
    const listing = performance.now() - t0;
    for (const page of waiting) {
      const stat = fs.statSync(page.file, { throwIfNoEntry: false });
      // A page from an earlier build is left to the end: most are kept as they are.
      if (stat && stat.mtimeMs < since) done.add(page.url);
      else if (stat && records.update(page, false)) done.add(page.url);
    }
    // Listing the folders costs time on the core Astro's file writes also need: at most
    // a tenth of it.
    await new Promise((resolve) => setTimeout(resolve, Math.max(500, 10 * listing)));
  }
  process.removeAllListeners('message');
  process.disconnect?.();
}

async function main(): Promise<number> {
  if (process.send) await follow();
  if (!fs.existsSync(outDir)) {
    console.error(`search: ${outDir} does not exist; build the site first (npm run build).`);
    return 1;
  }
  // Every page again: one written after it was followed gets its record made now.
  const at = { start: performance.now(), written: 0 };
  const pages = records.pages();
  const unreadable = pages.filter((page) => !records.update(page));
  if (unreadable.length) {
    console.error(`search: these pages could not be read:\n${unreadable.map((p) => p.file).join('\n')}`);
    return 1;
  }
  const list = records.save(new Set(pages.map((p) => p.url)), sources);
  // Each language's documents in URL order, so that the same site makes the same index.
  const languages = LOCALES.map((locale) => ({
    locale,
    docs: Object.entries(list.records)
      .filter(([, r]) => r.doc !== null && r.locale === locale)
      .map(([url, r]) => ({ url, file: recordFile(recordDir, r.doc!) })),
  }));
  const { errors, indexed } = await writeLanguageIndexes(languages, path.join(recordDir, 'pagefind'), outDir, records.codeDigest);
  at.written = performance.now();
  await pagefind.close();
  if (errors.length) {
    console.error(`search: indexing failed:\n${errors.join('\n')}`);
    return 1;
  }
  const counts = languages.map((l) => `${l.locale} ${l.docs.length}`).join(', ');
  const again = indexed.length ? `indexed again: ${indexed.join(', ')}` : 'every language kept from the last build';
  console.log(
    `search: indexed ${counts} article pages (records: ${records.made} made from pages, ${records.kept} kept from the last build; ${again}; Pagefind ${secs(at.written - at.start)} s)`,
  );
  return 0;
}

const secs = (ms: number) => (ms / 1000).toFixed(2);

process.exitCode = await main();
