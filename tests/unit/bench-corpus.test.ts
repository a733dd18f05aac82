import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleText as matter } from '../../src/lib/content/parse-article.ts';

const parseArticleTextBody = (text: string) => matter(text).body;
import sharp from 'sharp';
import { generateCorpus, prng, writeCorpus } from '../../scripts/lib/bench/corpus.ts';
import { loadRegistry } from '../../src/lib/registry-file.ts';
import { isValidSlug } from '../../src/lib/slug.ts';

const root = path.resolve(import.meta.dirname, '../..');
const registry = loadRegistry(path.join(root, 'content'));
const all = [...registry.provinces.values()];
const options = {
  articles: 60,
  seed: 7,
  provinces: all.filter((p) => !p.former).map((p) => p.code),
  formerProvinces: all.filter((p) => p.former).map((p) => p.code),
  tags: [...registry.tags.keys()],
  imageEvery: 20,
};
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

describe('benchmark corpus', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(generateCorpus(options)).toEqual(generateCorpus(options));
    expect(generateCorpus({ ...options, seed: 8 })).not.toEqual(generateCorpus(options));
    const a = prng(1);
    const b = prng(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('uses the real content layout: one folder per article, named by its slug, under its year', () => {
    const files = generateCorpus(options);
    const sources = files.filter((f) => f.path.endsWith('/vi.md'));
    expect(sources).toHaveLength(60);
    for (const f of files) expect(f.path).toMatch(/^articles\/\d{4}\/[^/]+\/(vi|en|fr|lo|zh|km)\.md$|\/cover\.jpg$/);
    for (const f of sources) {
      const [, year, slug] = /^articles\/(\d{4})\/([^/]+)\/vi\.md$/.exec(f.path)!;
      expect(isValidSlug(slug)).toBe(true);
      const { data } = matter(f.text);
      expect(day(data.date).slice(0, 4)).toBe(year);
      expect((data.tags as string[]).every((t) => registry.tags.has(t))).toBe(true);
    }
    expect(files.filter((f) => f.path.endsWith('cover.jpg'))).toHaveLength(3);
  });

  it('changes nothing but the pictures when the number of pictures changes', () => {
    const strip = (text: string) => text.replace(/^image(_alt)?: .*\n/gm, '').replace(/\n!\[[^\]]*\]\(cover\.jpg\)\n$/, '');
    const without = generateCorpus({ ...options, imageEvery: undefined });
    const withPictures = generateCorpus(options).filter((f) => !f.path.endsWith('.jpg'));
    expect(withPictures.map((f) => ({ ...f, text: strip(f.text) }))).toEqual(without);
  });

  it('names former provinces only before the 2025 reform', () => {
    const sources = generateCorpus({ ...options, articles: 300 }).filter((f) => f.path.endsWith('/vi.md'));
    const former = sources.map((f) => matter(f.text).data).filter((d) => registry.provinces.get(d.province as string)?.former);
    expect(former.length).toBeGreaterThan(10);
    for (const d of former) expect(day(d.date) < '2025-07-01').toBe(true);
  });

  it('translates a realistic share into each language, in its own script', () => {
    const files = generateCorpus({ ...options, articles: 400 });
    const share = (l: string) => files.filter((f) => f.path.endsWith(`/${l}.md`)).length / 400;
    // A newsroom's mix: en 90 %, fr 52 %, zh 39 %, lo and km 30 %.
    expect(share('en')).toBeGreaterThan(0.85);
    expect(share('fr')).toBeGreaterThan(0.45);
    expect(share('fr')).toBeLessThan(0.6);
    expect(share('zh')).toBeGreaterThan(0.32);
    expect(share('zh')).toBeLessThan(0.46);
    for (const l of ['lo', 'km']) expect(share(l)).toBeGreaterThan(0.24);
    for (const l of ['lo', 'km']) expect(share(l)).toBeLessThan(0.36);
    const text = (l: string) => files.find((f) => f.path.endsWith(`/${l}.md`))!.text;
    expect(text('vi')).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    expect(text('km')).toMatch(/[\u1780-\u17FF]/);
    expect(text('lo')).toMatch(/[\u0E80-\u0EFF]/);
    expect(text('zh')).toMatch(/[\u4E00-\u9FFF]/);
  });

  it('writes bulletins of real length: 500 to 900 words, translations as long', () => {
    const files = generateCorpus({ ...options, articles: 50 });
    const words = (text: string) =>
      parseArticleTextBody(text)
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length;
    for (const f of files.filter((f) => /\/(vi|en|fr)\.md$/.test(f.path))) {
      expect(words(f.text), f.path).toBeGreaterThanOrEqual(500);
      expect(words(f.text), f.path).toBeLessThan(1000);
    }
  });

  describe('written to a content folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-test-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('passes npm run check without an error or a warning', async () => {
      for (const f of ['provinces.yaml', 'tags.yaml']) fs.copyFileSync(path.join(root, 'content', f), path.join(dir, f));
      const picture = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#2a6e8c' } })
        .jpeg()
        .toBuffer();
      writeCorpus(dir, generateCorpus(options), [picture]);
      expect(fs.existsSync(path.join(dir, generateCorpus(options).find((f) => f.path.endsWith('cover.jpg'))!.path))).toBe(true);
      const run = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts')], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
      expect(run.stdout).toMatch(/check: 0 errors, 0 warnings in \d+ files/);
      expect(run.status).toBe(0);
    });
  });
});
