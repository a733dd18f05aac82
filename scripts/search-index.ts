/**
 * The search index (run by `npm run build` after Astro): gives Pagefind the records the
 * build prepared (src/integrations/search-index-worker.ts, in <cacheDir>/search/), in URL
 * order so that the same site makes the same index, and writes <outDir>/pagefind/: one
 * index per language. It runs once Astro has exited, so that the two never hold their
 * memory at the same time.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/lib/languages.ts';
import { readRecordList, recordFile } from '../src/lib/search/record-cache.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR || 'dist');
const recordDir = path.join(path.resolve(root, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro'), 'search');

async function main(): Promise<number> {
  const list = readRecordList(recordDir);
  if (!list) {
    console.error(`search: no search records in ${recordDir}; build the site with npm run build.`);
    return 1;
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    console.error(`search: Pagefind could not start:\n${errors.join('\n')}`);
    return 1;
  }
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const url of Object.keys(list.records).sort()) {
    const { doc, locale } = list.records[url];
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
  console.log(`search: indexed ${LOCALES.map((l) => `${l} ${counts.get(l) ?? 0}`).join(', ')} article pages`);
  return 0;
}

process.exitCode = await main();
