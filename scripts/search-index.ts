/**
 * The search index. `npm run build` starts this beside `astro build`: while Astro renders,
 * it follows the article pages as they are written and turns each into its search record
 * (scripts/lib/search-records.ts), on the second core and in a process of its own, so that
 * Astro's rendering and memory are untouched. When Astro has exited, build.ts tells it so
 * (an IPC message); it then makes the records still missing, gives every record to
 * Pagefind in URL order (so that the same site makes the same index) and writes
 * <outDir>/pagefind/: one index per language, holding only article pages whose text is in
 * that language (never a fallback page). Run on its own (`node scripts/search-index.ts`),
 * it indexes the built site at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/lib/languages.ts';
import { recordFile } from '../src/lib/search/record-cache.ts';
import { SearchRecords, indexingCodeDigest } from './lib/search-records.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR || 'dist');
const recordDir = path.join(path.resolve(root, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro'), 'search');
const records = new SearchRecords(outDir, recordDir, indexingCodeDigest(root));

/** Follow the pages as Astro writes them, until build.ts says the build is over. */
async function follow(): Promise<void> {
  const started = Date.now();
  let finished = false;
  process.once('message', () => (finished = true));
  const done = new Set<string>();
  while (!finished) {
    for (const page of records.pages()) {
      if (done.has(page.url)) continue;
      const stat = fs.statSync(page.file, { throwIfNoEntry: false });
      // A page from an earlier build is left to the end: most are kept as they are.
      if (stat && stat.mtimeMs < started) done.add(page.url);
      else if (stat && records.update(page, false)) done.add(page.url);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
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
  const pages = records.pages();
  const unreadable = pages.filter((page) => !records.update(page));
  if (unreadable.length) {
    console.error(`search: these pages could not be read:\n${unreadable.map((p) => p.file).join('\n')}`);
    return 1;
  }
  const list = records.save(new Set(pages.map((p) => p.url)));

  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    console.error(`search: Pagefind could not start:\n${errors.join('\n')}`);
    return 1;
  }
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const [url, { doc, locale }] of Object.entries(list.records)) {
    if (doc === null) continue;
    const added = await index.addHTMLFile({ url, content: fs.readFileSync(recordFile(recordDir, doc), 'utf8') });
    if (added.errors.length) problems.push(`${url}: ${added.errors.join('; ')}`);
    else counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  fs.rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length) {
    console.error(`search: indexing failed:\n${problems.join('\n')}`);
    return 1;
  }
  console.log(`search: indexed ${LOCALES.map((l) => `${l} ${counts.get(l) ?? 0}`).join(', ')} article pages (records: ${records.made} made from pages, ${records.kept} kept from the last build)`);
  return 0;
}

process.exitCode = await main();
