import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { fixtureDist } from './fixture-site.ts';
import { serveStatic } from './static-server.ts';

/** Debian's Chromium; browser tests are skipped where it is not installed. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasBrowser = fs.existsSync(CHROMIUM);

/** Launch the machine's Chromium headless, with nothing that reaches the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The fixture site served on 127.0.0.1 and a browser, for the tests of one file: started
 * before them and closed after. Read `site.browser` and `site.server` inside tests.
 */
export function servedFixtureSite() {
  const site = {} as { browser: Browser; server: Awaited<ReturnType<typeof serveStatic>> };
  beforeAll(async () => {
    site.server = await serveStatic(fixtureDist());
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
