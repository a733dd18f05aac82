/**
 * npm run lighthouse: serve dist/ on 127.0.0.1 and run Lighthouse (mobile profile) in the
 * machine's Chromium on the home, an article and the search page of each given language.
 * Prints each category's score (the median of --runs runs) and, for Performance, the
 * largest contentful paint; exits non-zero when a score is below --min (default 95).
 *
 *   npm run build && npm run lighthouse -- --lang vi,en,lo --min 95
 *   npm run lighthouse -- --lang zh --runs 3 --report /tmp/lh   # keep each run's JSON and HTML report
 *   npm run lighthouse -- --page '/lo/search/?q=ມິດຕະພາບ'          # only these pages (repeatable)
 *
 * Options: --dist <dir> (default dist), --lang <codes> (default vi,en), --article <slug>
 * (default: the first article folder of each language), --page <path>, --runs <n> (default 1),
 * --report <dir>, --min <score>, --help.
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
    page: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    report: { type: 'string' },
    min: { type: 'string', default: '95' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  const source = fs.readFileSync(new URL(import.meta.url), 'utf8');
  console.log(
    source
      .slice(source.indexOf('/**') + 3, source.indexOf('*/'))
      .replace(/^ \* ?/gm, '')
      .trim(),
  );
  process.exit(0);
}
const root = path.resolve(values.dist!);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

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
const pages = values.page?.length
  ? values.page
  : values.lang!.split(',').flatMap((locale) => [`/${locale}/`, `/${locale}/articles/${firstArticle(locale)}/`, `/${locale}/search/`]);
const runs = Math.max(1, Number(values.runs));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
if (values.report) fs.mkdirSync(values.report, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const min = Number(values.min);
let failed = false;
try {
  for (const p of pages) {
    type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
    const lhrs: Lhr[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(origin + p, { port: chrome.port, output: ['json', 'html'], logLevel: 'error' });
      lhrs.push(result!.lhr);
      if (values.report) {
        const name = `${p.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'root'}.${i + 1}`;
        const [json, html] = result!.report as string[];
        fs.writeFileSync(path.join(values.report, `${name}.json`), json);
        fs.writeFileSync(path.join(values.report, `${name}.html`), html);
      }
    }
    const scores = Object.entries(lhrs[0].categories).map(
      ([id, c]) => [c.title, median(lhrs.map((l) => Math.round((l.categories[id].score ?? 0) * 100)))] as const,
    );
    const lcp = median(lhrs.map((l) => Number(l.audits['largest-contentful-paint'].numericValue ?? 0)));
    const runList = runs > 1 ? ` (runs: ${lhrs.map((l) => Math.round((l.categories.performance.score ?? 0) * 100)).join(', ')})` : '';
    const low = scores.filter(([, s]) => s < min);
    if (low.length) failed = true;
    console.log(
      `${p.padEnd(50)} ${scores.map(([t, s]) => `${t} ${s}`).join(' · ')} · LCP ${(lcp / 1000).toFixed(1)} s${runList}${low.length ? '  ← below ' + min : ''}`,
    );
    if (low.length) {
      for (const audit of Object.values(lhrs[0].audits)) {
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
          console.log(`    ${audit.id}: ${audit.title} ${audit.displayValue ?? ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
process.exitCode = failed ? 1 : 0;
