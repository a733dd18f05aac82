import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { treeRssBytes } from './memory.ts';

/** What an editor waits for in `npm run dev`. */
export interface DevRun {
  /** From starting the dev server until it serves the home page of the source language. */
  dev_first_page_s: number;
  /** From saving an edit to an article until its page shows the edit. */
  dev_save_to_visible_s: number;
  /** Peak resident memory of the dev server's process tree. */
  dev_peak_rss_mb: number;
}

export interface DevOptions {
  root: string;
  /** CONTENT_DIR, ASTRO_CACHE_DIR… */
  env: NodeJS.ProcessEnv;
  /** The page that shows the first page (e.g. /vi/). */
  firstPage: string;
  /** The article file to edit, and the page that shows it. */
  editFile: string;
  editPage: string;
  logFile: string;
  /** Give up after this long for each wait. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** GET a page's text, or undefined while the server cannot answer it. */
async function get(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

/** Poll until `ok` holds for the page, or throw after `timeoutMs`. */
async function until(url: string, ok: (r: { status: number; text: string }) => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const r = await get(url);
    if (r && ok(r)) return;
    await sleep(100);
  }
  throw new Error(`bench: the dev server did not ${what} within ${timeoutMs / 1000} s`);
}

/**
 * Start `astro dev` as `npm run dev` does, on 127.0.0.1, and time what an editor waits for:
 * the first page, then an edit saved to an article until its page shows it. Samples the
 * memory of the server's process tree throughout; stops the server at the end.
 */
export async function measureDev(options: DevOptions): Promise<DevRun> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = fs.openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(options.root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: options.root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', log, log],
      detached: true,
    },
  );
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), 250);
  try {
    await until(`${base}${options.firstPage}`, (r) => r.status === 200, timeoutMs, `serve ${options.firstPage}`);
    const firstPage = (performance.now() - started) / 1000;
    await until(`${base}${options.editPage}`, (r) => r.status === 200, timeoutMs, `serve ${options.editPage}`);
    const marker = `Dấu kiểm tra ${Date.now()}`;
    const saved = performance.now();
    fs.appendFileSync(options.editFile, `\n${marker}.\n`);
    await until(`${base}${options.editPage}`, (r) => r.status === 200 && r.text.includes(marker), timeoutMs, 'show the saved edit');
    const visible = (performance.now() - saved) / 1000;
    return {
      dev_first_page_s: Math.round(firstPage * 100) / 100,
      dev_save_to_visible_s: Math.round(visible * 100) / 100,
      dev_peak_rss_mb: Math.round(peak / 1048576),
    };
  } finally {
    clearInterval(sampler);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    fs.closeSync(log);
  }
}
