/**
 * Index the built site for search (run by `npm run build` after astro build): every
 * article page whose text is in its page's language goes into that language's Pagefind
 * index, as the folded and word-segmented copy that src/lib/search/text.ts makes, so that
 * the search page can find it the way readers type. Writes dist/pagefind/.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/lib/languages.ts';
import { indexedPage } from '../src/lib/search/indexed-page.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env.OUT_DIR || 'dist');

/** Built article pages: dist/<locale>/articles/<slug>/index.html. */
function articlePages(): { locale: string; file: string; url: string }[] {
  return LOCALES.flatMap((locale) => {
    const dir = path.join(dist, locale, 'articles');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
      .map((e) => ({ locale, file: path.join(dir, e.name, 'index.html'), url: `/${locale}/articles/${e.name}/` }));
  });
}

async function main(): Promise<number> {
  if (!fs.existsSync(dist)) {
    console.error(`search: ${dist} does not exist; build the site first (npm run build).`);
    return 1;
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    console.error(`search: Pagefind could not start:\n${errors.join('\n')}`);
    return 1;
  }
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const { locale, file, url } of articlePages()) {
    const html = indexedPage(fs.readFileSync(file, 'utf8'), locale);
    if (html === null) continue;
    const added = await index.addHTMLFile({ url, content: html });
    if (added.errors.length) problems.push(`${path.relative(root, file)}: ${added.errors.join('; ')}`);
    else counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
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
