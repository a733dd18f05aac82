/**
 * The search records of the built article pages, kept in the cache folder between builds
 * (see src/lib/search/record-cache.ts). A page's record is made from its built file, once
 * per version of the file: a page a rebuild did not write again keeps its record, checked
 * against the file's size and modification time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/lib/languages.ts';
import { articleUrl } from '../../src/lib/paths.ts';
import { listArticlePaths } from '../../src/lib/content-files.ts';
import { indexedPage } from '../../src/lib/search/indexed-page.ts';
import { readRecordList, recordFile, type RecordList, type SearchRecord } from '../../src/lib/search/record-cache.ts';

export class SearchRecords {
  readonly records = new Map<string, SearchRecord>();
  made = 0;
  kept = 0;
  readonly outDir: string;
  readonly recordDir: string;
  readonly codeDigest: string;
  readonly previous: RecordList | undefined;

  constructor(outDir: string, recordDir: string, codeDigest: string) {
    this.outDir = outDir;
    this.recordDir = recordDir;
    this.codeDigest = codeDigest;
    this.previous = readRecordList(recordDir, codeDigest);
    fs.mkdirSync(path.join(recordDir, 'docs'), { recursive: true });
  }

  /** The article pages in the output folder: /<locale>/articles/<slug>/. */
  pages(): { url: string; locale: string; file: string }[] {
    return LOCALES.flatMap((locale) => {
      const dir = path.join(this.outDir, locale, 'articles');
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).map((slug) => ({ url: articleUrl(locale, slug), locale, file: path.join(dir, slug, 'index.html') }));
    });
  }

  /**
   * Make or keep the record of one page. While Astro may still be writing (`settled`
   * false), a page counts only once it reads as a whole; returns false when it cannot be
   * read yet: try again later.
   */
  update(page: { url: string; locale: string; file: string }, settled = true): boolean {
    const before = fs.statSync(page.file, { throwIfNoEntry: false });
    if (!before) return false;
    const known = this.records.get(page.url) ?? this.previous?.records[page.url];
    if (
      known &&
      known.size === before.size &&
      known.mtimeMs === before.mtimeMs &&
      (known.doc === null || fs.existsSync(recordFile(this.recordDir, known.doc)))
    ) {
      if (!this.records.has(page.url)) this.kept++;
      this.records.set(page.url, known);
      return true;
    }
    const html = fs.readFileSync(page.file, 'utf8');
    const after = fs.statSync(page.file);
    // Astro may be writing the file: only a whole page, unchanged while read, counts.
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) return false;
    // (A page Astro is still writing has no closing tag yet: it is left to the end.)
    if (!settled && !/<\/html>\s*$/.test(html)) return false;
    this.records.set(page.url, { locale: page.locale, size: before.size, mtimeMs: before.mtimeMs, doc: this.#store(indexedPage(html, page.locale)) });
    this.made++;
    return true;
  }

  /** Write the list of records, keeping only the pages in `urls`, and drop unused documents. */
  save(urls: Set<string>, sources: Record<string, string>): RecordList {
    for (const url of this.records.keys()) if (!urls.has(url)) this.records.delete(url);
    const list: RecordList = {
      codeDigest: this.codeDigest,
      sources,
      records: Object.fromEntries([...this.records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
    const used = new Set([...this.records.values()].map((r) => r.doc));
    for (const name of fs.readdirSync(path.join(this.recordDir, 'docs'))) if (!used.has(name)) fs.rmSync(recordFile(this.recordDir, name));
    fs.writeFileSync(path.join(this.recordDir, 'records.json'), JSON.stringify(list));
    return list;
  }

  /** A document is stored under a digest of its content. */
  #store(doc: string | null): string | null {
    if (doc === null) return null;
    const name = documentName(doc);
    fs.writeFileSync(recordFile(this.recordDir, name), doc);
    return name;
  }
}

/**
 * A stamp of every article folder (the names, sizes and times of its files), by slug, and
 * of the registries (under "/"), whose names are in every record: an article whose stamp
 * is unchanged since the last build most likely has the same records.
 */
export function sourceStamps(contentDir: string): Record<string, string> {
  const stamp = (dir: string, names: string[]) =>
    crypto
      .createHash('sha1')
      .update(
        names
          .map((f) => {
            const st = fs.statSync(path.join(dir, f), { throwIfNoEntry: false });
            return `${f}:${st?.size}:${st?.mtimeMs}`;
          })
          .join('|'),
      )
      .digest('base64url');
  const stamps: Record<string, string> = { '/': stamp(contentDir, ['provinces.yaml', 'tags.yaml']) };
  for (const folder of new Set(listArticlePaths(contentDir).map((file) => path.dirname(file)))) {
    stamps[path.basename(folder).normalize('NFC')] = `${path.basename(path.dirname(folder))}:${stamp(folder, fs.readdirSync(folder).sort())}`;
  }
  return stamps;
}

/** The file name a document is kept under: a digest of its content. */
export const documentName = (doc: string) => `${crypto.createHash('sha1').update(doc).digest('hex')}.html`;

/** The slug of an article page's URL: /vi/articles/hue-toa-dam/ → hue-toa-dam. */
export const slugOfUrl = (url: string) => url.split('/').filter(Boolean).at(-1)!;

/** Digest of the code that makes records: records made by other code are made again. */
export function indexingCodeDigest(root: string): string {
  const files = [
    'scripts/lib/search-records.ts',
    'src/lib/search/indexed-page.ts',
    'src/lib/search/text.ts',
    'src/data/languages.json',
    'node_modules/pagefind/package.json',
  ];
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(path.join(root, file)));
  return hash.digest('hex');
}
