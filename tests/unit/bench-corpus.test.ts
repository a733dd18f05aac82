import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { generateCorpus, prng } from '../../scripts/lib/bench/corpus.ts';
import { parseContentDate } from '../../src/lib/dates.ts';
import { isValidSlug } from '../../src/lib/slug.ts';

const options = { articles: 60, seed: 7, provinces: ['hue', 'da-nang', 'khanh-hoa'], imageEvery: 20 };

describe('benchmark corpus', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(generateCorpus(options)).toEqual(generateCorpus(options));
    expect(generateCorpus({ ...options, seed: 8 })).not.toEqual(generateCorpus(options));
    expect(prng(1)()).toBe(prng(1)());
  });

  it('uses the real content layout with valid front-matter', () => {
    const files = generateCorpus(options);
    const sources = files.filter((f) => f.path.endsWith('/vi.md'));
    expect(sources).toHaveLength(60);
    for (const f of sources) {
      const [, year, slug] = /^articles\/(\d{4})\/([^/]+)\/vi\.md$/.exec(f.path)!;
      expect(isValidSlug(slug)).toBe(true);
      const { data } = matter(f.text);
      expect(options.provinces).toContain(data.province);
      expect(parseContentDate(data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date)).not.toBeNull();
      expect(String(data.date instanceof Date ? data.date.getUTCFullYear() : data.date).slice(0, 4)).toBe(year);
      expect(data.title.length).toBeGreaterThan(10);
    }
    expect(files.filter((f) => f.path.endsWith('cover.jpg'))).toHaveLength(3);
  });

  it('translates a realistic share into each language, in its own script', () => {
    const files = generateCorpus({ ...options, articles: 400 });
    const share = (l: string) => files.filter((f) => f.path.endsWith(`/${l}.md`)).length / 400;
    expect(share('en')).toBeGreaterThan(0.6);
    expect(share('fr')).toBeLessThan(0.3);
    const km = files.find((f) => f.path.endsWith('/km.md'))!;
    expect(km.text).toMatch(/[\u1780-\u17FF]/);
    const lo = files.find((f) => f.path.endsWith('/lo.md'))!;
    expect(lo.text).toMatch(/[\u0E80-\u0EFF]/);
  });
});
