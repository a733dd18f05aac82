/**
 * The search index written one language at a time. Pagefind keeps each language's index in
 * files of their own (named <lang>_<hash>), listed in pagefind-entry.json; so each
 * language is indexed on its own, into the cache folder, and the site's pagefind/ folder
 * is put together from them. A rebuild indexes again only the languages whose records
 * changed: an edit to a Vietnamese article leaves the other five indexes as they were.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface LanguageDocs {
  locale: string;
  /** url and document (HTML) of each page, in URL order. */
  docs: { url: string; file: string }[];
}

/** The stamp of one language's documents: its index is reused while it is unchanged. */
export function docsStamp(codeDigest: string, docs: LanguageDocs['docs']): string {
  const hash = crypto.createHash('sha256').update(codeDigest);
  for (const d of docs) hash.update(`${d.url}\n${path.basename(d.file)}\n`);
  return hash.digest('base64url');
}

/**
 * Each language's index in `cacheDir/<locale>/` (made again only when its stamp changed),
 * then pagefind/ in `outDir` made of them. Returns Pagefind's errors and which languages
 * were indexed again.
 */
export async function writeLanguageIndexes(
  languages: LanguageDocs[],
  cacheDir: string,
  outDir: string,
  codeDigest: string,
): Promise<{ errors: string[]; indexed: string[] }> {
  const errors: string[] = [];
  const indexed: string[] = [];
  const outputs: string[] = [];
  for (const { locale, docs } of languages) {
    if (!docs.length) continue;
    const dir = path.join(cacheDir, locale);
    const stampFile = path.join(cacheDir, `${locale}.stamp`);
    const stamp = docsStamp(codeDigest, docs);
    outputs.push(dir);
    if (readOr(stampFile) === stamp && fs.existsSync(path.join(dir, 'pagefind-entry.json'))) continue;
    indexed.push(locale);
    const { index, errors: started } = await pagefind.createIndex({});
    if (!index) return { errors: [...errors, ...started], indexed };
    await Promise.all(
      docs.map(async ({ url, file }) => {
        const result = await index.addHTMLFile({ url, content: fs.readFileSync(file, 'utf8') });
        errors.push(...result.errors.map((e) => `${url}: ${e}`));
      }),
    );
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(stampFile, { force: true });
    const written = await index.writeFiles({ outputPath: dir });
    errors.push(...written.errors);
    await index.deleteIndex();
    if (!written.errors.length) fs.writeFileSync(stampFile, stamp);
  }
  // Languages no longer on the site leave the cache too.
  for (const name of fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []) {
    const locale = name.replace(/\.stamp$/, '');
    if (!languages.some((l) => l.locale === locale && l.docs.length)) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
  if (!errors.length) assemble(outputs, path.join(outDir, 'pagefind'));
  return { errors, indexed };
}

/** pagefind/ from the languages' outputs: their files side by side, one entry listing them all. */
function assemble(outputs: string[], target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  type Entry = { version: string; languages: Record<string, unknown>; include_characters?: string[] };
  let entry: Entry | undefined;
  for (const dir of outputs) {
    for (const file of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || file.name === 'pagefind-entry.json') continue;
      const from = path.join(file.parentPath, file.name);
      const to = path.join(target, path.relative(dir, from));
      // The script and style files are the same in every language's output.
      if (fs.existsSync(to)) continue;
      fs.mkdirSync(path.dirname(to), { recursive: true });
      linkOrCopy(from, to);
    }
    const own = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
    if (!entry) entry = { ...own, languages: {} };
    Object.assign(entry.languages, own.languages);
  }
  if (entry) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
    fs.writeFileSync(path.join(target, 'pagefind-entry.json'), JSON.stringify(entry));
  }
}

/** A hard link where the cache and the output share a file system (no bytes copied), else a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

function readOr(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
