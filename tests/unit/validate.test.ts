import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/validate/suggest.ts';
import { checkFrontMatter } from '../../src/lib/validate/front-matter.ts';
import { checkContent, type LoadedFile } from '../../src/lib/validate/content.ts';
import { formatProblem, summarize } from '../../src/lib/validate/problems.ts';
import type { Registry } from '../../src/lib/registry.ts';

const FIELDS = ['title', 'date', 'province', 'author', 'tags', 'summary', 'image', 'image_alt', 'updated', 'draft', 'translation', 'translator', 'source_version', 'id'];

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('khanh-hao', 'khanh-hoa')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('finds the closest code, also from a name typed with marks', () => {
    expect(closest('khanh-hao', ['khanh-hoa', 'hue', 'ha-noi'])).toEqual(['khanh-hoa']);
    expect(closest('Đà Nẵng', ['da-nang', 'hue'], { 'da-nang': ['Đà Nẵng'] })).toEqual(['da-nang']);
    expect(closest('zzzzzz', ['hue'])).toEqual([]);
  });
});

describe('checkFrontMatter', () => {
  const run = (data: Record<string, unknown>, isSource = true) => checkFrontMatter({ file: 'a/vi.md', data, lines: { title: 2, date: 3 }, isSource }, FIELDS);
  it('needs date, province and author only on the source', () => {
    expect(run({ title: 'T' }).map((p) => p.field)).toEqual(['date', 'province', 'author']);
    expect(run({ title: 'T' }, false)).toEqual([]);
  });
  it('rejects impossible dates and wrong types, with the line', () => {
    const problems = run({ title: 'T', date: '2025-04-31', province: 'hue', author: 42, draft: 'yes' });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['date', 3],
      ['author', 1],
      ['draft', 1],
    ]);
  });
  it('warns about a very long title', () => {
    expect(run({ title: 'x'.repeat(140), date: '2025-01-01', province: 'hue', author: 'A' })).toMatchObject([{ field: 'title', severity: 'warning' }]);
  });
});

describe('checkContent', () => {
  const registry: Registry = { provinces: new Map([['hue', { code: 'hue', name: { vi: 'Huế' } }]]), regions: new Map(), tags: new Map() };
  const file = (folder: string, locale: string, data: Record<string, unknown>, body = ''): LoadedFile => ({
    file: `${folder}/${locale}.md`, folder, slug: folder.split('/').at(-1)!, locale, data, body, lines: { title: 2 }, bodyLine: 8,
  });
  const options = { fields: FIELDS, imageExists: () => true, now: new Date('2026-01-01'), publishFuture: false };
  const ok = { title: 'T', date: '2025-01-01', province: 'hue', author: 'A', summary: 's' };

  it('warns when one tag is spelled two ways', () => {
    const problems = checkContent([file('x/a', 'vi', { ...ok, tags: ['Hữu nghị'] }), file('x/b', 'vi', { ...ok, tags: ['hữu nghị'] })], registry, options);
    expect(problems).toMatchObject([{ field: 'tags', severity: 'warning', message: 'one tag is written in several ways: "Hữu nghị", "hữu nghị"' }]);
  });
  it('finds body images without alt text, at their line', () => {
    const problems = checkContent([file('x/a', 'vi', ok, 'Text\n\n![](photo.jpg)\n')], registry, options);
    expect(problems).toMatchObject([{ field: 'body', line: 10, message: 'the image "photo.jpg" has no alt text' }]);
  });
});

describe('formatting', () => {
  it('prints file:line  field  problem → fix, and a count', () => {
    expect(formatProblem({ file: 'a/vi.md', line: 4, field: 'province', severity: 'error', message: 'm', fix: 'f' })).toBe('a/vi.md:4  province  error: m  → f');
    expect(summarize([{ file: 'a', field: 'x', severity: 'warning', message: '', fix: '' }], 1)).toBe('0 errors, 1 warning in 1 file');
  });
});
