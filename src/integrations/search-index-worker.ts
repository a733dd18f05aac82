/**
 * The search indexer, on its own thread beside Astro's rendering (see search-index.ts).
 * Article pages arrive as they are rendered and are turned into the documents Pagefind
 * reads (src/lib/search/indexed-page.ts); pages that a rebuild kept come from the record
 * cache, or are read back from the output folder. At the end every document goes to
 * Pagefind, in URL order so that the same site gives the same index, and the index is
 * written into <outDir>/pagefind/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexedPage } from '../lib/search/indexed-page.ts';

export interface WorkerData {
  outDir: string;
  cacheFile: string;
  /** Digest of the indexing code: a cache made by other code is not used. */
  codeDigest: string;
}
export type ToWorker =
  | { type: 'page'; url: string; locale: string; html: string | null }
  | { type: 'finish'; pages: { url: string; locale: string }[] };
export type FromWorker = { type: 'done'; counts: Record<string, number>; reused: number; reread: number; seconds: number } | { type: 'failed'; problems: string[] };

interface CachedRecord {
  size: number;
  mtimeMs: number;
  doc: string | null;
}

const { outDir, cacheFile, codeDigest } = workerData as WorkerData;
const rendered = new Map<string, string | null>();

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'page') rendered.set(message.url, message.html === null ? null : indexedPage(message.html, message.locale));
  else finish(message.pages).then((reply) => parentPort!.postMessage(reply));
});

const pageFile = (url: string) => path.join(outDir, ...decodeURI(url).split('/').filter(Boolean), 'index.html');

function readCache(): Map<string, CachedRecord> {
  try {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    if (cached.codeDigest === codeDigest) return new Map(Object.entries(cached.records));
  } catch {
    // No cache yet, or an unreadable one: every kept page is read back.
  }
  return new Map();
}

async function finish(pages: { url: string; locale: string }[]): Promise<FromWorker> {
  const started = performance.now();
  const cache = readCache();
  const records: Record<string, CachedRecord> = {};
  let reused = 0;
  let reread = 0;
  for (const { url, locale } of pages) {
    const stat = fs.statSync(pageFile(url), { throwIfNoEntry: false });
    if (!stat) continue;
    const fresh = rendered.get(url);
    const old = cache.get(url);
    let doc: string | null;
    if (fresh !== undefined) doc = fresh;
    else if (old && old.size === stat.size && old.mtimeMs === stat.mtimeMs) (doc = old.doc), reused++;
    else (doc = indexedPage(fs.readFileSync(pageFile(url), 'utf8'), locale)), reread++;
    records[url] = { size: stat.size, mtimeMs: stat.mtimeMs, doc };
  }

  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { type: 'failed', problems: [`Pagefind could not start: ${errors.join('; ')}`] };
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  const pageLocale = new Map(pages.map((p) => [p.url, p.locale]));
  for (const url of Object.keys(records).sort()) {
    const doc = records[url].doc;
    if (doc === null) continue;
    const added = await index.addHTMLFile({ url, content: doc });
    if (added.errors.length) problems.push(`${url}: ${added.errors.join('; ')}`);
    else counts[pageLocale.get(url)!] = (counts[pageLocale.get(url)!] ?? 0) + 1;
  }
  fs.rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length) return { type: 'failed', problems };
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify({ codeDigest, records }));
  return { type: 'done', counts, reused, reread, seconds: (performance.now() - started) / 1000 };
}
