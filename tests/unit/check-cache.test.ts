import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFiles, loadContent } from '../../src/lib/content/load-content.ts';
import { loadRegistry } from '../../src/lib/registry-file.ts';
import { fileKey, openCheckCache, rulesDigest } from '../../src/lib/content/check-cache.ts';
import { loadArticleFiles } from '../../src/lib/validate/load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const PROVINCES = 'provinces:\n  hue:\n    name: { vi: Huế }\n  da-nang:\n    name: { vi: Đà Nẵng }\n';
const article = (province: string, body = 'Nội dung.') =>
  `---\ntitle: Tin\ndate: 2025-09-01\nprovince: ${province}\nauthor: Lan\nsummary: Tóm tắt.\n---\n${body}\n`;

function newsroom() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cache-'));
  dirs.push(root);
  const content = path.join(root, 'content');
  fs.mkdirSync(content);
  fs.writeFileSync(path.join(content, 'provinces.yaml'), PROVINCES);
  for (const [slug, province] of [
    ['mot', 'hue'],
    ['hai', 'da-nang'],
    ['ba', 'hue'],
  ]) {
    fs.mkdirSync(path.join(content, 'articles/2025', slug), { recursive: true });
    fs.writeFileSync(path.join(content, 'articles/2025', slug, 'vi.md'), article(province));
  }
  const cacheDir = path.join(root, 'cache');
  const check = () => loadContent(content, { cacheDir, now: new Date('2026-01-01') });
  return { content, cacheDir, check, write: (rel: string, text: string) => fs.writeFileSync(path.join(content, rel), text) };
}

const errors = (model: ReturnType<typeof loadContent>) =>
  model.problems.filter((p) => p.severity === 'error').map((p) => `${path.basename(path.dirname(p.file))} ${p.field}`);

describe('the cached check', () => {
  it('judges again only the file that changed, and catches the error put into it', () => {
    const n = newsroom();
    expect(errors(n.check())).toEqual([]);
    n.write('articles/2025/hai/vi.md', article('da-nang', '<Figure src="anh.jpg" alt="x" />'));
    expect(errors(n.check())).toEqual(['hai body']);
    // And the cache does not hide it on the next run.
    expect(errors(n.check())).toEqual(['hai body']);
  });

  it('catches an error that comes from a registry, though no article changed', () => {
    const n = newsroom();
    expect(errors(n.check())).toEqual([]);
    n.write('provinces.yaml', 'provinces:\n  da-nang:\n    name: { vi: Đà Nẵng }\n');
    expect(errors(n.check()).sort()).toEqual(['ba province', 'mot province']);
  });

  it('catches a picture removed from beside an article', () => {
    const n = newsroom();
    fs.writeFileSync(path.join(n.content, 'articles/2025/mot/anh.jpg'), 'x');
    n.write('articles/2025/mot/vi.md', article('hue', '![Ảnh](anh.jpg)'));
    expect(errors(n.check())).toEqual([]);
    fs.rmSync(path.join(n.content, 'articles/2025/mot/anh.jpg'));
    expect(errors(n.check())).toEqual(['mot body']);
  });

  it('judges every file again when the rules change, and so catches what the new rules refuse', () => {
    const n = newsroom();
    n.write('articles/2025/hai/vi.md', article('da-nang', '<Figure src="anh.jpg" alt="x" />'));
    const { files } = loadArticleFiles(n.content);
    const registry = loadRegistry(n.content);
    // What an older version of the rules said: nothing wrong with any file.
    const old = openCheckCache(n.cacheDir, 'r', 'rules-v1')!;
    for (const f of files) old.set(f, []);
    old.save();
    const found = (rules: string) => checkFiles(files, registry, { memo: openCheckCache(n.cacheDir, 'r', rules) }).filter((p) => p.severity === 'error');
    expect(found('rules-v1')).toEqual([]);
    expect(found('rules-v2').map((p) => p.message)).toEqual(['<Figure> works only in an MDX article, and this file is Markdown']);
    expect(fileKey('rules-v1', 'r', files[0])).not.toBe(fileKey('rules-v2', 'r', files[0]));
  });

  it('derives the rules from the checks’ own code and data', () => {
    const here = rulesDigest();
    expect(here).toMatch(/^[\w-]{20,}$/);
    expect(rulesDigest(os.tmpdir())).toBeUndefined();
  });

  it('uses its results: a second run over unchanged content judges no file again', () => {
    const n = newsroom();
    n.check();
    const { files } = loadArticleFiles(n.content);
    const model = n.check();
    expect(model.files).toHaveLength(files.length);
    const cache = JSON.parse(fs.readFileSync(path.join(n.cacheDir, 'check-cache.json'), 'utf8'));
    expect(Object.keys(cache.entries)).toHaveLength(3);
  });
});
