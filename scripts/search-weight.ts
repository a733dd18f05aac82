/**
 * What the first search transfers, per language, on a built site: serves the folder
 * (default dist/) on 127.0.0.1, opens /<lang>/search/?q=… in Chromium and counts every
 * byte sent, from the page to the last result. Compressed = gzip of text files, as a
 * static host sends them (Pagefind's index files are gzipped already).
 * Usage: node scripts/search-weight.ts [dist] (through npm's Node, e.g. npx node …)
 */
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { launchBrowser } from './lib/browser.ts';
const dist = path.resolve(process.argv[2] ?? 'dist');
const server = await serveStatic(dist);
const browser = await launchBrowser();
const queries: [string, string][] = [
  ['vi', 'đối ngoại nhân dân'],
  ['vi', 'doi ngoai nhan dan'],
  ['en', 'friendship'],
  ['lo', 'ມິດຕະພາບ'],
  ['zh', '友好'],
  ['km', 'មិត្តភាព'],
];
for (const [locale, q] of queries) {
  const before = new Map(server.transfers);
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/${locale}/search/?q=${encodeURIComponent(q)}`);
  await tab.locator('[data-search-results][aria-busy=false]').waitFor({ state: 'attached' });
  const n = await tab.locator('[data-search-results] > li').count();
  // Fonts are the page's own (Lao, Khmer and Chinese scripts), counted apart.
  const sums = { page: 0, fonts: 0, search: 0, raw: 0 };
  const files: string[] = [];
  for (const [p, bytes] of server.transfers) {
    const sent = bytes - (before.get(p) ?? 0);
    if (!sent) continue;
    const file = fs.statSync(path.join(dist, p)).isDirectory() ? path.join(dist, p, 'index.html') : path.join(dist, p);
    const compressed = /\.(pf_\w+|pagefind|woff2|avif|webp|jpg)$/.test(p) ? sent : gzipSync(fs.readFileSync(file)).length;
    const kind = p.startsWith('/pagefind/') || /SearchForm/.test(p) ? 'search' : p.startsWith('/fonts/') ? 'fonts' : 'page';
    sums[kind] += compressed;
    sums.raw += sent;
    files.push(`${p} ${sent}`);
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${locale} "${q}": ${n} results; search files ${kb(sums.search)}, page ${kb(sums.page)}, fonts ${kb(sums.fonts)} (compressed; ${kb(sums.raw)} uncompressed in all)`,
  );
  if (process.env.VERBOSE) console.log(files.join('\n'));
  await tab.close();
}
await browser.close();
await server.close();
