import { describe, expect, it } from 'vitest';
import { checkPublishing } from '../../src/lib/validate/publishing.ts';

const now = new Date('2026-01-01T00:00:00+07:00');
const run = (data: Record<string, unknown>, isSource = true, publishFuture = false) =>
  checkPublishing(
    { file: 'a/vi.md', folder: 'a', slug: 'a', locale: 'vi', ext: '.md', data: { summary: 's', ...data }, lines: { title: 2, date: 3, draft: 7 } },
    isSource,
    { now, publishFuture },
  );

describe('checkPublishing', () => {
  it('reports a draft as a warning on its line', () => {
    expect(run({ date: '2025-01-01', draft: true })).toMatchObject([{ line: 7, field: 'draft', severity: 'warning' }]);
  });

  it('reports a future date unless future articles are published', () => {
    expect(run({ date: '2026-01-01T00:00:01' })).toMatchObject([
      { line: 3, severity: 'warning', message: expect.stringContaining('dated in the future (2026-01-01)') },
    ]);
    expect(run({ date: '2025-12-31' })).toEqual([]);
    expect(run({ date: '2030-01-01' }, true, true)).toEqual([]);
  });

  it('asks the source, not a translation, for a summary', () => {
    expect(run({ date: '2025-01-01', summary: undefined })).toMatchObject([{ field: 'summary', line: 2, severity: 'warning' }]);
    expect(run({ summary: undefined }, false)).toEqual([]);
  });
});
