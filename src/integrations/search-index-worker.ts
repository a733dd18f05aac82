/**
 * The search indexer, on its own thread beside Astro's rendering (see search-index.ts).
 *
 * Article pages arrive as they are rendered, are turned into the documents Pagefind reads
 * (src/lib/search/indexed-page.ts) and go to Pagefind's process at once, so that both
 * work while Astro renders. A rebuild goes further: as soon as the build starts, the
 * records kept from the last build (the record cache) are given to Pagefind for every
 * article whose folder has not changed. Every such guess is checked at the end — a page
 * that was rendered again must give the same document, a page Astro kept must be the file
 * the record was made from — and if one is wrong the index is made again from scratch, so
 * a guess can cost time but never a wrong index. The index is written into
 * <outDir>/pagefind/ and the records into the cache for the next build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexedPage } from '../lib/search/indexed-page.ts';

export interface WorkerData {
  outDir: string;
  cacheFile: string;
  /** The content folder (CONTENT_DIR): which article folders changed since the last build. */
  contentDir: string;
  /** Digest of the indexing code: a cache made by other code is not used. */
  codeDigest: string;
}
export type ToWorker =
  | { type: 'page'; url: string; locale: string; html: string | null }
  | { type: 'finish'; pages: { url: string; locale: string }[] };
export type FromWorker =
  | { type: 'done'; counts: Record<string, number>; reused: number; reread: number; guessed: number; redone: boolean; seconds: number }
  | { type: 'failed'; problems: string[] };

interface PageRecord {
  size: number;
  mtimeMs: number;
  /** Stamp of the article folder the page was made from. */
  source: string;
  doc: string | null;
}
interface RecordCache {
  codeDigest: string;
  /** Stamp of the registries (provinces, tags): their names are in every record. */
  registries: string;
  records: Record<string, PageRecord>;
}

const { outDir, cacheFile, contentDir, codeDigest } = workerData as WorkerData;
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('base64url');
const slugOf = (url: string) => url.split('/').filter(Boolean).at(-1)!;
const pageFile = (url: string) => path.join(outDir, ...url.split('/').filter(Boolean), 'index.html');

/** A stamp per article folder (names, sizes and times of its files), by slug. */
function folderStamps(): Map<string, string> {
  const stamps = new Map<string, string>();
  const articles = path.join(contentDir, 'articles');
  for (const year of fs.readdirSync(articles, { withFileTypes: true })) {
    if (!year.isDirectory()) continue;
    for (const slug of fs.readdirSync(path.join(articles, year.name), { withFileTypes: true })) {
      if (!slug.isDirectory()) continue;
      const folder = path.join(articles, year.name, slug.name);
      const files = fs.readdirSync(folder).sort().map((f) => {
        const st = fs.statSync(path.join(folder, f));
        return `${f}:${st.size}:${st.mtimeMs}`;
      });
      stamps.set(slug.name.normalize('NFC'), sha1(`${year.name}/${files.join('|')}`));
    }
  }
  return stamps;
}

function registryStamp(): string {
  return sha1(['provinces.yaml', 'tags.yaml'].map((f) => fs.readFileSync(path.join(contentDir, f), 'utf8')).join('\0'));
}

function readCache(): RecordCache | undefined {
  try {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as RecordCache;
    if (cached.codeDigest === codeDigest) return cached;
  } catch {
    // No cache yet, or an unreadable one: every page Astro kept is read back.
  }
  return undefined;
}

const sources = folderStamps();
const registries = registryStamp();
const previous = readCache();
const rendered = new Map<string, string | null>();
/** What Pagefind has been given: url → digest of the document. */
const added = new Map<string, string>();
const problems: string[] = [];
let pending: Promise<void>[] = [];
let guessed = 0;

const started = pagefind.createIndex({});
let index = (await started).index;

function add(url: string, doc: string): void {
  if (!index) return;
  added.set(url, sha1(doc));
  pending.push(
    index.addHTMLFile({ url, content: doc }).then((result) => {
      if (result.errors.length) problems.push(`${url}: ${result.errors.join('; ')}`);
    }),
  );
}

// A rebuild: what has not changed is most likely the same as last time.
if (previous && previous.registries === registries) {
  for (const [url, record] of Object.entries(previous.records)) {
    if (record.doc !== null && record.source === sources.get(slugOf(url))) add(url, record.doc), guessed++;
  }
}

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'finish') {
    finish(message.pages).then((reply) => parentPort!.postMessage(reply));
    return;
  }
  const doc = message.html === null ? null : indexedPage(message.html, message.locale);
  rendered.set(message.url, doc);
  // A page given from the cache is checked at the end; any other goes to Pagefind now.
  if (doc !== null && !added.has(message.url)) add(message.url, doc);
});

async function finish(pages: { url: string; locale: string }[]): Promise<FromWorker> {
  const t0 = performance.now();
  if (!index) return { type: 'failed', problems: [`Pagefind could not start: ${(await started).errors.join('; ')}`] };
  const records: Record<string, PageRecord> = {};
  const pageLocale = new Map(pages.map((p) => [p.url, p.locale]));
  let reused = 0;
  let reread = 0;
  for (const { url, locale } of pages) {
    const stat = fs.statSync(pageFile(url), { throwIfNoEntry: false });
    if (!stat) continue;
    const old = previous?.records[url];
    let doc: string | null;
    if (rendered.has(url)) doc = rendered.get(url)!;
    else if (old && old.size === stat.size && old.mtimeMs === stat.mtimeMs) (doc = old.doc), reused++;
    else (doc = indexedPage(fs.readFileSync(pageFile(url), 'utf8'), locale)), reread++;
    records[url] = { size: stat.size, mtimeMs: stat.mtimeMs, source: sources.get(slugOf(url)) ?? '', doc };
  }

  // Every document Pagefind holds must be the page's current one, and no other page's.
  const wrong = [...added].some(([url, digest]) => records[url]?.doc == null || sha1(records[url].doc!) !== digest);
  await Promise.all(pending);
  if (wrong) {
    await index.deleteIndex();
    index = (await pagefind.createIndex({})).index!;
    added.clear();
    pending = [];
  }
  const urls = Object.keys(records).sort();
  for (const url of urls) if (records[url].doc !== null && !added.has(url)) add(url, records[url].doc!);
  await Promise.all(pending);

  fs.rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length) return { type: 'failed', problems };

  const counts: Record<string, number> = {};
  for (const url of urls) if (records[url].doc !== null) counts[pageLocale.get(url)!] = (counts[pageLocale.get(url)!] ?? 0) + 1;
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify({ codeDigest, registries, records } satisfies RecordCache));
  return { type: 'done', counts, reused, reread, guessed: wrong ? 0 : guessed, redone: wrong, seconds: (performance.now() - t0) / 1000 };
}
