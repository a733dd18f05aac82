import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, loadContentInParallel } from '../../src/lib/content/load-content.ts';

const now = new Date('2026-06-01T00:00:00Z');
const errorCases = fs.readdirSync('tests/fixtures/errors').map((c) => `tests/fixtures/errors/${c}`);

describe('loadContentInParallel', () => {
  for (const dir of [...errorCases, 'tests/fixtures/hostile', 'tests/fixtures/site']) {
    it(`finds in worker threads exactly what the one-thread check finds (${dir})`, async () => {
      const one = loadContent(dir, { now });
      const threaded = await loadContentInParallel(dir, { now, parallelFrom: 0, batch: 1 });
      expect(threaded.problems).toEqual(one.problems);
      expect([...threaded.failing]).toEqual([...one.failing]);
      expect(threaded.files.length).toBe(one.files.length);
      // The dev server's way: every file checked in the one worker thread.
      const behind = await loadContentInParallel(dir, { now, offMainThread: true, batch: 2 });
      expect(behind.problems).toEqual(one.problems);
    });
  }
  it('finds every error of a file with many mistakes', async () => {
    const model = await loadContentInParallel('tests/fixtures/errors/many-mistakes', { now, parallelFrom: 0, batch: 1 });
    expect(model.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(3);
    expect(model.failing.size).toBe(3);
  });
});
