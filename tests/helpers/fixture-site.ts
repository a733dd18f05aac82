import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT = path.join(ROOT, 'tests', '.output');
/** Origin the fixture site is built for. */
export const TEST_SITE_URL = 'https://bantin.test';

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  dist: string;
}

/**
 * Build a content folder with `npm run build`'s script, into tests/.output/<name>/dist.
 * Extra environment (e.g. PUBLISH_FUTURE) can be passed; `rebuild` builds again over the
 * output and cache of an earlier build of the same name.
 */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}, { rebuild = false } = {}): BuildResult {
  const dist = path.join(OUTPUT, name, 'dist');
  // A rebuild keeps the previous output and cache, as on an editor's machine.
  if (!rebuild) fs.rmSync(dist, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: path.join(OUTPUT, name, 'cache'),
      SITE_URL: TEST_SITE_URL,
      TZ: 'America/Los_Angeles', // the site's dates must not depend on the build machine's zone
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, dist };
}

/** The fixture site (tests/fixtures/site) built once by the global setup. */
export function fixtureDist(): string {
  return inject('fixtureDist');
}

/** A built file's text: page('/en/') reads en/index.html. */
export function readBuilt(urlPath: string, dist = fixtureDist()): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fs.readFileSync(path.join(dist, rel), 'utf8');
}

/** A built page parsed with cheerio. */
export function page(urlPath: string, dist = fixtureDist()) {
  return load(readBuilt(urlPath, dist));
}

export function exists(urlPath: string, dist = fixtureDist()): boolean {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fs.existsSync(path.join(dist, rel));
}
