import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixture-site.ts';

// `npm run dev` serves before the full check of every body has run; what that check then
// finds wrong leaves the site, and an edit shows at once.
const content = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-content-'));
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-cache-'));
const broken = path.join(content, 'articles', '2025', 'hue-anh-thieu', 'vi.md');
const edited = path.join(content, 'articles', '2023', 'an-giang-tin-ngan-1', 'vi.md');
let server: ChildProcess;
let base = '';
let log = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const editorEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

async function until(url: string, ok: (status: number, text: string) => boolean, what: string): Promise<void> {
  const end = Date.now() + 90_000;
  while (Date.now() < end) {
    try {
      const r = await fetch(base + url, { signal: AbortSignal.timeout(20_000) });
      if (ok(r.status, await r.text())) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the dev server did not ${what}; its log:\n${log}`);
}

beforeAll(async () => {
  fs.cpSync(path.join(ROOT, 'tests', 'fixtures', 'site'), content, { recursive: true });
  fs.mkdirSync(path.dirname(broken), { recursive: true });
  // Valid front matter; only the body's picture is wrong, which only the full check sees.
  fs.writeFileSync(broken, '---\ntitle: Thiếu ảnh\ndate: 2025-03-01\nprovince: hue\nauthor: Lan\n---\nNội dung.\n\n![Hội trường](hoi-truong.jpg)\n');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      // As an editor runs it: not in the test runner's mode (NODE_ENV=test changes what Vite serves).
      env: { ...editorEnv(), CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    },
  );
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
});

afterAll(async () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((r) => (server.exitCode === null ? server.once('exit', r) : r(undefined)));
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves, then leaves out the article the full check finds wrong, with the editor’s report', async () => {
    await until('/vi/', (status) => status === 200, 'serve /vi/');
    await until('/vi/articles/hue-anh-thieu/', (status) => status === 404, 'leave the broken article out');
    expect(log).toMatch(/hue-anh-thieu\/vi\.md:\d+/);
    expect(log).toContain('hoi-truong.jpg');
    expect(log).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    await until('/vi/articles/an-giang-tin-ngan-1/', (status) => status === 200, 'serve a valid article');
  });

  it('renders article bodies as a build does, pictures resolved', async () => {
    const page = async (url: string) => (await fetch(base + url, { signal: AbortSignal.timeout(20_000) })).text();
    // A Markdown body without pictures is rendered when its page is first shown.
    const plain = await page('/vi/articles/hue-toa-dam/');
    expect(plain).toContain('<strong>Huế</strong> <em>2025</em>');
    expect(plain).toMatch(/<h2 id="[^"]+">Nội dung chính<\/h2>/);
    expect(plain).toMatch(/<a href="https:\/\/example\.org\/ngo"[^>]*>các tổ chức phi chính phủ<\/a>/);
    // One with a picture beside it, by Astro's module for the file.
    const pictured = await page('/vi/articles/hue-nhung-ma-nhung/');
    expect(pictured).toMatch(/<img[^>]+src="[^"]*hoi-truong[^"]*"/);
    expect(pictured).not.toContain('__ASTRO_IMAGE_');
    // The English version of the first, in a feed, rendered the same way.
    const feed = await page('/en/rss.xml');
    expect(feed).not.toContain('__ASTRO_IMAGE_');
  });

  it('serves the fonts and feed pictures at the addresses its pages and feeds give', async () => {
    const get = async (url: string) => {
      const r = await fetch(base + url, { signal: AbortSignal.timeout(20_000) });
      return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
    };
    const page = (await get('/lo/')).text;
    const css = [...page.matchAll(/href="(\/fonts\/[^"]+\.css)"/g)].map((m) => m[1]);
    const fonts = new Set<string>();
    for (const sheet of css) for (const m of (await get(sheet)).text.matchAll(/url\((\/fonts\/[^)]+\.woff2)\)/g)) fonts.add(m[1]);
    for (const m of page.matchAll(/url\((\/fonts\/names\/[^)]+\.woff2)\)/g)) fonts.add(m[1]);
    expect([...fonts].some((u) => u.startsWith('/fonts/files/'))).toBe(true);
    expect([...fonts].some((u) => u.startsWith('/fonts/names/'))).toBe(true);
    const pictures = [...(await get('/vi/rss.xml')).text.matchAll(/(\/feed-pictures\/[^"<]+\.jpg)/g)].map((m) => m[1]);
    expect(pictures.length).toBeGreaterThan(0);
    for (const url of [...fonts, pictures[0]]) {
      const r = await get(url);
      expect(r.status, url).toBe(200);
      expect(r.type, url).toMatch(url.endsWith('.jpg') ? /^image\/jpeg/ : /^font\/woff2/);
    }
  });

  it('shows a saved edit, and brings back an article once its error is fixed', async () => {
    const marker = `Dấu kiểm tra ${Date.now()}`;
    fs.appendFileSync(edited, `\n${marker}.\n`);
    await until('/vi/articles/an-giang-tin-ngan-1/', (status, text) => status === 200 && text.includes(marker), 'show the saved edit');
    fs.writeFileSync(broken, '---\ntitle: Đã sửa ảnh\ndate: 2025-03-01\nprovince: hue\nauthor: Lan\n---\nNội dung đã sửa.\n');
    await until('/vi/articles/hue-anh-thieu/', (status, text) => status === 200 && text.includes('Đã sửa ảnh'), 'bring the fixed article back');
  });

  it('checks an edit saved while the check of the edit before it runs', async () => {
    const page = '/vi/articles/an-giang-tin-ngan-1/';
    const before = fs.readFileSync(edited, 'utf8');
    fs.appendFileSync(edited, '\nMột câu nữa.\n');
    await new Promise((r) => setTimeout(r, 150));
    fs.appendFileSync(edited, '\n![Ảnh](khong-co-anh.jpg)\n');
    // The report first: until the check has run, the page fails as Astro renders the body
    // (and Vite answers slowly for a while after a failed render, so the page is not asked
    // for before Astro has written its store, half a second after the change).
    const report = /an-giang-tin-ngan-1\/vi\.md:\d+ +body +error: [^\n]*khong-co-anh\.jpg/;
    const end = Date.now() + 90_000;
    while (!report.test(log) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    expect(log).toMatch(report);
    await new Promise((r) => setTimeout(r, 2000));
    await until(page, (status) => status === 404, 'leave out the article its last edit broke');
    fs.writeFileSync(edited, before);
    await until(page, (status) => status === 200, 'bring the article back');
  });
});
