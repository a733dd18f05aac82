import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { fixtureDist } from './fixture-site.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';

export { CHROMIUM, hasBrowser, launchBrowser } from '../../scripts/lib/browser.ts';

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
