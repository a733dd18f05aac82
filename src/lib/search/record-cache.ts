import fs from 'node:fs';
import path from 'node:path';

/**
 * The search records of a build, kept in the cache folder (<cacheDir>/search/): one
 * document per searchable article page in docs/, named by a digest of its content, and
 * records.json, which says for every article page of the site which document is its
 * record (null for a page that is not searched, such as a fallback). scripts/search-index.ts
 * makes it (scripts/lib/search-records.ts) and gives it to Pagefind.
 */
export interface SearchRecord {
  locale: string;
  /** Size and modification time of the built page the document was made from. */
  size: number;
  mtimeMs: number;
  /** File name of the document in docs/, or null when the page is not searched. */
  doc: string | null;
}

export interface RecordList {
  /** Digest of the code that made the documents. */
  codeDigest: string;
  /** A stamp of each article folder and of the registries when the records were made. */
  sources?: Record<string, string>;
  records: Record<string, SearchRecord>;
}

export const recordFile = (recordDir: string, name: string) => path.join(recordDir, 'docs', name);

/** The record list in `recordDir`, if there is one made by code with this digest. */
export function readRecordList(recordDir: string, codeDigest: string): RecordList | undefined {
  try {
    const list = JSON.parse(fs.readFileSync(path.join(recordDir, 'records.json'), 'utf8')) as RecordList;
    if (list.codeDigest === codeDigest) return list;
  } catch {
    // No list yet, or an unreadable one.
  }
  return undefined;
}
