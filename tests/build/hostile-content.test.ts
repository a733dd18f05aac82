/**
 * Content is data: every case of tests/helpers/hostile-content.ts goes through `npm run
 * check` and through the build, which must agree — both refuse (naming the file, with no
 * stack trace, writing nothing), both warn, or both accept — and no content ever manages
 * to run code (the sentinel file it tries to write never appears).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES, writeCase, type HostileCase } from '../helpers/hostile-content.ts';
import { buildSite, OUTPUT, ROOT } from '../helpers/fixture-site.ts';

const RUN = path.join(OUTPUT, `hostile-${process.pid}`);
const sentinel = path.join(RUN, 'sentinel-content-ran-code');
afterAll(() => fs.rmSync(RUN, { recursive: true, force: true }));

const STACK = /\n\s+at .*:\d+:\d+\)?\n/;
const slugOf = (c: HostileCase) => c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

function prepare(c: HostileCase): string {
  const dir = path.join(RUN, slugOf(c), 'content');
  writeCase(c, dir, sentinel);
  return dir;
}

function check(dir: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir },
    maxBuffer: 64 << 20,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe.each(HOSTILE_CASES)('content that is $name', (c) => {
  it(`is ${c.outcome} by npm run check, and by the build the same way`, () => {
    const dir = prepare(c);
    const named = c.file ? path.join(dir, c.file) : undefined;

    const checked = check(dir);
    expect(checked.out).not.toMatch(STACK);
    expect(checked.out).not.toContain('\u001B');
    if (c.outcome === 'refused') {
      expect(checked.status, checked.out).toBe(1);
      const line = checked.out.split('\n').find((l) => l.startsWith(named!) && l.includes(' error: '));
      expect(line, checked.out).toBeDefined();
      expect(line).toContain(c.says);
    } else {
      expect(checked.status, checked.out).toBe(0);
      if (c.outcome === 'warned')
        expect(
          checked.out.split('\n').find((l) => l.startsWith(named!) && l.includes(' warning: ') && l.includes(c.says!)),
          checked.out,
        ).toBeDefined();
      else expect(checked.out).toContain('check: 0 errors, 0 warnings');
    }

    const built = buildSite(dir, `hostile-${process.pid}/${slugOf(c)}`);
    const out = built.stdout + built.stderr;
    expect(out).not.toMatch(STACK);
    expect(fs.existsSync(sentinel), 'content ran code').toBe(false);
    if (c.outcome === 'refused') {
      expect(built.status, out).not.toBe(0);
      expect(
        out.split('\n').some((l) => l.startsWith(named!) && l.includes(' error: ') && l.includes(c.says!)),
        out,
      ).toBe(true);
      expect(fs.existsSync(built.dist), 'nothing is written').toBe(false);
    } else {
      expect(built.status, out).toBe(0);
      if (c.page) expect(fs.existsSync(path.join(built.dist, decodeURI(c.page), 'index.html')), c.page).toBe(c.outcome === 'accepted');
    }
  });
});

describe('astro build on its own', () => {
  it('refuses an MDX export without npm run build around it, and runs nothing', () => {
    const c = HOSTILE_CASES.find((x) => x.name === 'mdx export running a command')!;
    const dir = prepare(c);
    const lock = path.join(ROOT, '.build-lock');
    // Share npm run build's lock: two Astro builds in one checkout overwrite each other's .astro/.
    while (true) {
      try {
        fs.mkdirSync(lock);
        break;
      } catch {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      }
    }
    try {
      const dist = path.join(RUN, 'astro-only', 'dist');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(RUN, 'astro-only', 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const out = r.stdout + r.stderr;
      expect(r.status, out).not.toBe(0);
      expect(out).toContain(path.join(dir, c.file!));
      expect(out).not.toMatch(STACK);
      expect(fs.existsSync(dist)).toBe(false);
      expect(fs.existsSync(sentinel)).toBe(false);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  });
});
