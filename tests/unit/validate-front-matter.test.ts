import { describe, expect, it } from 'vitest';
import { checkFrontMatter } from '../../src/lib/validate/front-matter.ts';

const FIELDS = [
  'title',
  'date',
  'province',
  'author',
  'tags',
  'summary',
  'image',
  'image_alt',
  'updated',
  'draft',
  'translation',
  'translator',
  'source_version',
  'id',
];
const run = (data: Record<string, unknown>, isSource = true) =>
  checkFrontMatter({ file: 'a/vi.md', data, lines: { title: 2, date: 3, provice: 4 }, isSource }, FIELDS);
const ok = { title: 'T', date: '2025-01-01', province: 'hue', author: 'A' };

describe('checkFrontMatter', () => {
  it('needs date, province and author only on the source, and a title everywhere', () => {
    expect(run({ title: 'T' }).map((p) => p.field)).toEqual(['date', 'province', 'author']);
    expect(run({ title: 'T' }, false)).toEqual([]);
    expect(run({}, false)).toMatchObject([{ field: 'title', message: 'the required field "title" is missing' }]);
  });

  it('rejects impossible dates and wrong types, on the field’s line', () => {
    const problems = run({ ...ok, date: '2025-04-31', author: 42, draft: 'yes' });
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['date', 3, '"2025-04-31" is not a real date'],
      ['author', 1, '"author" must be a name or a list of names'],
      ['draft', 1, '"draft" must be true or false'],
    ]);
  });

  it('suggests the field an unknown one was meant to be', () => {
    expect(run({ title: 'T', date: '2025-01-01', author: 'A', provice: 'hue' }).find((p) => p.field === 'provice')).toMatchObject({
      line: 4,
      severity: 'error',
      message: 'unknown field "provice"',
      fix: 'did you mean "province"?',
    });
  });

  it('warns about a very long title without failing', () => {
    expect(run({ ...ok, title: 'x'.repeat(140) })).toMatchObject([{ field: 'title', severity: 'warning' }]);
    expect(run({ ...ok, title: 'x'.repeat(100) })).toEqual([]);
  });
});
