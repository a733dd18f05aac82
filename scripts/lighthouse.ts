/**
 * npm run lighthouse: serve dist/ on 127.0.0.1 and run Lighthouse (mobile profile) in the
 * machine's Chromium on the home, an article and the search page of each given language.
 * Prints each category's score; exits non-zero when one is below --min (default 95).
 *
 *   npm run build && npm run lighthouse -- --lang vi,en,lo --min 95
 */
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    lang: { type: 'string', default: 'vi,en' },
    article: { type: 'string' },
    min: { type: 'string', default: '95' },
  },
});
const root = path.resolve(values.dist!);
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.avif': 'image/avif', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.json': 'application/json', '.xml': 'application/xml', '.wasm': 'application/wasm' };

const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  const found = file.startsWith(root) && fs.existsSync(file);
  let body = fs.readFileSync(found ? file : path.join(root, '404.html'));
  // Like a real static host: hashed assets are immutable, pages revalidate.
  const cache = /\/(_astro|fonts|pagefind)\//.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
  const headers: Record<string, string> = { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache };
  // Text is compressed, as every static host does.
  if (/\.(html|css|js|json|xml|svg)$/.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
    body = zlib.gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(found ? 200 : 404, headers);
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const firstArticle = (locale: string) => {
  const dir = path.join(root, locale, 'articles');
  return values.article ?? fs.readdirSync(dir).sort()[0];
};

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const min = Number(values.min);
let failed = false;
try {
  for (const locale of values.lang!.split(',')) {
    for (const p of [`/${locale}/`, `/${locale}/articles/${firstArticle(locale)}/`, `/${locale}/search/`]) {
      const result = await lighthouse(origin + p, { port: chrome.port, output: 'json', logLevel: 'error' });
      const cats = result!.lhr.categories;
      const scores = Object.values(cats).map((c) => [c.title, Math.round((c.score ?? 0) * 100)] as const);
      const low = scores.filter(([, s]) => s < min);
      if (low.length) failed = true;
      console.log(`${p.padEnd(50)} ${scores.map(([t, s]) => `${t} ${s}`).join(' · ')}${low.length ? '  ← below ' + min : ''}`);
      if (low.length) {
        for (const audit of Object.values(result!.lhr.audits)) {
          if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') console.log(`    ${audit.id}: ${audit.title} ${audit.displayValue ?? ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
process.exitCode = failed ? 1 : 0;
