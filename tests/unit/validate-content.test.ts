import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent } from '../../src/lib/validate/content.ts';
import { loadArticleFiles } from '../../src/lib/validate/load.ts';
import type { Registry } from '../../src/lib/registry.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/errors');
const registry: Registry = { provinces: new Map([['hue', { code: 'hue', name: { vi: 'Huế' } }]]), regions: new Map(), tags: new Map() };
const options = {
  fields: ['title', 'date', 'province', 'author', 'summary', 'tags'],
  imageProblem: () => undefined,
  now: new Date('2026-01-01'),
  publishFuture: false,
};

describe('loadArticleFiles', () => {
  it('names a file that is not UTF-8 instead of crashing', () => {
    const [f] = loadArticleFiles(path.join(FIXTURES, 'not-utf8')).files;
    expect(f.unreadable).toMatchObject({ field: 'file', message: 'the file is not valid UTF-8 text' });
  });

  it('gives YAML that does not parse with its line in the file', () => {
    const [f] = loadArticleFiles(path.join(FIXTURES, 'yaml-broken')).files;
    expect(f.unreadable).toMatchObject({ line: 2, field: 'front-matter', message: expect.stringContaining('not valid YAML') });
  });

  it('reads a BOM, CRLF endings and decomposed text as NFC with the right lines', () => {
    const [f] = loadArticleFiles(path.join(FIXTURES, 'valid-bom-crlf-nfd')).files;
    expect(f.unreadable).toBeUndefined();
    expect(String(f.data?.title)).toBe(String(f.data?.title).normalize('NFC'));
    expect(f.lines?.title).toBe(2);
  });
});

describe('checkContent', () => {
  it('reports every mistake of every file at once', () => {
    const problems = checkContent(loadArticleFiles(path.join(FIXTURES, 'many-mistakes')).files, registry, options);
    expect(
      problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${path.basename(path.dirname(p.file))}:${p.line} ${p.field}`)
        .sort(),
    ).toEqual(['ba:1 title', 'hai:4 province', 'mot:3 date']);
  });

  it('judges a translation’s province, images and MDX like the source’s', () => {
    const file = (locale: string, data: Record<string, unknown>, body = '') => ({
      file: `a/x/${locale}.md`,
      folder: 'a/x',
      slug: 'x',
      ext: '.md' as const,
      locale,
      data,
      body,
      lines: {},
      bodyLine: 3,
    });
    const problems = checkContent(
      [
        file('vi', { title: 'T', date: '2025-01-01', province: 'hue', author: 'A', summary: 's' }),
        file('en', { title: 'T', province: 'hue-city' }, '![](a.jpg)\n'),
      ],
      registry,
      options,
    );
    expect(problems.map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([
      'a/x/en.md province the province "hue-city" is not in provinces.yaml',
      'a/x/en.md body the image "a.jpg" has no alt text',
    ]);
  });
});
