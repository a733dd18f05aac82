/**
 * The search index. `npm run build` starts this beside `astro build`: while Astro renders,
 * it follows the article pages as they are written and turns each into its search record
 * (scripts/lib/search-records.ts), on the second core and in a process of its own, so that
 * Astro's rendering and memory are untouched; in a rebuild it also gives Pagefind, from the
 * start, the records of the articles that did not change. When Astro has exited, build.ts tells it so
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
import { cacheDir, contentDir, outDir as outFolder } from '../src/lib/site.ts';
import { SearchRecords, documentName, indexingCodeDigest, slugOfUrl, sourceStamps } from './lib/search-records.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, outFolder());
const recordDir = path.join(path.resolve(root, cacheDir()), 'search');
const records = new SearchRecords(outDir, recordDir, indexingCodeDigest(root));
const sources = sourceStamps(path.resolve(root, contentDir()));
const started = pagefind.createIndex({});
let index = (await started).index;
/** What Pagefind has been given: url → digest of the document (as its name is made). */
const added = new Map<string, string>();
const problems: string[] = [];
let pending: Promise<void>[] = [];

function add(url: string, doc: string): void {
  const content = fs.readFileSync(recordFile(recordDir, doc), 'utf8');
  added.set(url, documentName(content));
  pending.push(
    index!.addHTMLFile({ url, content }).then((result) => {
      if (result.errors.length) problems.push(`${url}: ${result.errors.join('; ')}`);
    }),
  );
}

/**
 * A rebuild: while Astro works, give Pagefind the records of the articles whose folder
 * has not changed since the last build. Each is checked at the end; a wrong one makes the
 * index start again from scratch, so this can cost time but never a wrong index.
 */
function addUnchanged(): number {
  const previous = records.previous;
  if (!index || !previous?.sources || previous.sources['/'] !== sources['/']) return 0;
  for (const [url, record] of Object.entries(previous.records)) {
    const slug = slugOfUrl(url);
    if (record.doc !== null && previous.sources[slug] === sources[slug] && fs.existsSync(recordFile(recordDir, record.doc))) add(url, record.doc);
  }
  return added.size;
}

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
  let guessed = 0;
  if (process.send) {
    guessed = addUnchanged();
    await follow();
  }
  if (!index) {
    console.error(`search: Pagefind could not start:\n${(await started).errors.join('\n')}`);
    return 1;
  }
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
  const list = records.save(new Set(pages.map((p) => p.url)), sources);

  await Promise.all(pending);
  const wrong = [...added].some(([url, doc]) => list.records[url]?.doc !== doc);
  if (wrong) {
    await index.deleteIndex();
    index = (await pagefind.createIndex({})).index!;
    added.clear();
    pending = [];
    problems.length = 0;
  }
  for (const [url, { doc }] of Object.entries(list.records)) if (doc !== null && !added.has(url)) add(url, doc);
  await Promise.all(pending);
  fs.rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length) {
    console.error(`search: indexing failed:\n${problems.join('\n')}`);
    return 1;
  }
  const counts = new Map<string, number>();
  for (const { doc, locale } of Object.values(list.records)) if (doc !== null) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  const ahead = wrong
    ? '; a page kept from the last build had changed after all: indexed again from the start'
    : guessed
      ? `; ${guessed} given to Pagefind while Astro built`
      : '';
  console.log(
    `search: indexed ${LOCALES.map((l) => `${l} ${counts.get(l) ?? 0}`).join(', ')} article pages (records: ${records.made} made from pages, ${records.kept} kept from the last build${ahead})`,
  );
  return 0;
}

process.exitCode = await main();
