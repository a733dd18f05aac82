import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRendered, pruneRendered, readRendered, renderedDir, writeRendered } from '../../src/site/rendered-cache.ts';

let before: string | undefined;
beforeAll(() => {
  before = process.env.ASTRO_CACHE_DIR;
  process.env.ASTRO_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'rendered-'));
});
afterAll(() => {
  if (before === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = before;
});

describe('rendered bodies on disk', () => {
  it('keeps a body by its digest, and forgets those no longer live', () => {
    writeRendered('abc123', { html: '<p>Xin chào</p>', metadata: { imagePaths: ['./a.jpg'] }, summary: 'Xin chào' });
    writeRendered('def456', { html: '<p>Old</p>' });
    expect(readRendered('abc123')).toEqual({ html: '<p>Xin chào</p>', metadata: { imagePaths: ['./a.jpg'] }, summary: 'Xin chào' });
    expect(hasRendered('def456')).toBe(true);
    pruneRendered(new Set(['abc123']));
    expect(hasRendered('def456')).toBe(false);
    expect(fs.readdirSync(renderedDir())).toEqual(['abc123.json']);
  });
  it('never turns something other than a digest into a path', () => {
    expect(() => readRendered('../../etc/passwd')).toThrow(/not a content digest/);
    expect(() => writeRendered('a/b', { html: '' })).toThrow(/not a content digest/);
    expect(readRendered('0000')).toBeUndefined();
  });
});
