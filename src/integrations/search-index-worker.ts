/**
 * The search records, made on their own thread beside Astro's rendering (see
 * search-index.ts). Each rendered article page is turned into the document Pagefind reads
 * (src/lib/search/indexed-page.ts) and written to the record cache at once, so that this
 * thread holds next to nothing. When the build is done, the pages Astro kept keep their
 * records from the last build (checked against the page file's size and modification
 * time; read back from the page if they do not match), and the list of records is written
 * for scripts/search-index.ts, which gives them to Pagefind after Astro has exited.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { indexedPage } from '../lib/search/indexed-page.ts';
import { readRecordList, recordFile, type RecordList, type SearchRecord } from '../lib/search/record-cache.ts';

export interface WorkerData {
  outDir: string;
  /** The record cache: <cacheDir>/search/. */
  recordDir: string;
  /** Digest of the indexing code: records made by other code are not used. */
  codeDigest: string;
}
export type ToWorker = { type: 'page'; url: string; locale: string; html: string | null } | { type: 'finish'; pages: { url: string; locale: string }[] };
export type FromWorker = { type: 'done'; records: number; rendered: number; reused: number; reread: number } | { type: 'failed'; problem: string };

const { outDir, recordDir, codeDigest } = workerData as WorkerData;
const pageFile = (url: string) => path.join(outDir, ...url.split('/').filter(Boolean), 'index.html');
const previous = readRecordList(recordDir, codeDigest);
/** Pages rendered in this build: url → the file name of its document, or null (not searched). */
const rendered = new Map<string, string | null>();

fs.mkdirSync(path.join(recordDir, 'docs'), { recursive: true });

/** Write a page's document under a name made from its content (pages with the same text share it). */
function store(doc: string | null): string | null {
  if (doc === null) return null;
  const name = `${crypto.createHash('sha1').update(doc).digest('hex')}.html`;
  fs.writeFileSync(recordFile(recordDir, name), doc);
  return name;
}

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'page') {
    rendered.set(message.url, store(message.html === null ? null : indexedPage(message.html, message.locale)));
    return;
  }
  try {
    parentPort!.postMessage(finish(message.pages));
  } catch (error) {
    parentPort!.postMessage({ type: 'failed', problem: (error as Error).stack ?? String(error) } satisfies FromWorker);
  }
});

function finish(pages: { url: string; locale: string }[]): FromWorker {
  const records: Record<string, SearchRecord> = {};
  let reused = 0;
  let reread = 0;
  for (const { url, locale } of pages) {
    const stat = fs.statSync(pageFile(url), { throwIfNoEntry: false });
    if (!stat) continue;
    const old = previous?.records[url];
    let doc: string | null;
    if (rendered.has(url)) doc = rendered.get(url)!;
    else if (old && old.size === stat.size && old.mtimeMs === stat.mtimeMs && (old.doc === null || fs.existsSync(recordFile(recordDir, old.doc)))) (doc = old.doc), reused++;
    else (doc = store(indexedPage(fs.readFileSync(pageFile(url), 'utf8'), locale))), reread++;
    records[url] = { locale, size: stat.size, mtimeMs: stat.mtimeMs, doc };
  }
  // Documents of pages the site no longer has (or whose text changed) go.
  const used = new Set(Object.values(records).map((r) => r.doc));
  for (const name of fs.readdirSync(path.join(recordDir, 'docs'))) if (!used.has(name)) fs.rmSync(recordFile(recordDir, name));
  const list: RecordList = { codeDigest, records };
  fs.writeFileSync(path.join(recordDir, 'records.json'), JSON.stringify(list));
  return { type: 'done', records: Object.values(records).filter((r) => r.doc !== null).length, rendered: rendered.size, reused, reread };
}
