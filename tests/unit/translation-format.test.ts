import { describe, expect, it } from 'vitest';
import { buildReport, type StatusFile } from '../../src/lib/translation-status/report.ts';
import { formatAge, formatMarkdown, formatText, historyNote } from '../../src/lib/translation-status/format.ts';

const names = (code: string) => ({ vi: 'Vietnamese', en: 'English', fr: 'French' })[code] ?? code;
const f = (slug: string, locale: string, extra: Partial<StatusFile> = {}): StatusFile => ({
  path: `content/articles/2025/${slug}/${locale}.md`,
  slug,
  locale,
  title: `Tin ${slug}`,
  draft: false,
  machine: false,
  version: 'v1',
  date: locale === 'vi' ? new Date('2025-09-12T00:00:00+07:00') : undefined,
  ...extra,
});
const files = [f('hue', 'vi'), f('hue', 'en', { recorded: 'v0', machine: true }), f('hoi-an', 'vi'), f('mat', 'fr')];
const report = buildReport(
  files,
  { available: false, reason: 'shallow' },
  { sourceLocale: 'vi', languages: ['en', 'fr'], now: new Date('2025-09-22T00:00:00+07:00') },
);

describe('formatText', () => {
  const text = formatText(report, names, 'content');

  it('has a totals row per language and a total, aligned in columns', () => {
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('language'))!;
    const en = lines.find((l) => l.startsWith('en English'))!;
    const total = lines.find((l) => l.startsWith('total'))!;
    expect(en.split(/\s{2,}/)).toEqual(['en English', '1/2', '0', '1', '0', '1', '1', '0', '0']);
    expect(total.split(/\s{2,}/)).toEqual(['total', '1/4', '0', '1', '0', '3', '1', '0', '1']);
    expect(en.length).toBe(header.length);
  });

  it('lists the work of each language with slug, source date, age and title', () => {
    expect(text).toMatch(/en English: 2 to do\n {2}state +slug +source date +for +title\n {2}stale +hue +2025-09-12 +— +Tin hue/);
    expect(text).toContain('missing  hoi-an  2025-09-12   10 days');
  });

  it('says why history could not help, and lists review and orphans', () => {
    expect(text).toContain('shallow clone');
    expect(text).toContain('Machine translations awaiting review (1)');
    expect(text).toContain('en  content/articles/2025/hue/en.md  (also stale)');
    expect(text).toContain('Orphaned translations (1)');
    expect(text).toContain('fr  content/articles/2025/mat/fr.md');
  });
});

describe('formatMarkdown', () => {
  it('is a GitHub table with one row per language and a folded work list', () => {
    const md = formatMarkdown(report, names);
    expect(md).toContain('| English (`en`) | 1/2 | 0 | 1 | 0 | 1 | 1 | 0 | 0 |');
    expect(md).toContain('| **total** | 1/4 |');
    expect(md).toContain('<details><summary>English: 2 to do</summary>');
    expect(md).toContain('| stale | `hue` | Tin hue | 2025-09-12 | — |');
  });

  it('escapes pipes in titles', () => {
    const r = buildReport(
      [f('x', 'vi', { title: 'A | B' })],
      { available: false, reason: 'no-git' },
      { sourceLocale: 'vi', languages: ['en'], now: new Date('2025-09-13T00:00:00Z') },
    );
    expect(formatMarkdown(r, names)).toContain('| missing | `x` | A \\| B |');
  });
});

describe('historyNote', () => {
  it('is silent when history was read', () => {
    const r = buildReport(
      [],
      { available: true, history: new Map(), order: new Map(), revisions: new Map() },
      { sourceLocale: 'vi', languages: ['en'], now: new Date() },
    );
    expect(historyNote(r)).toBeUndefined();
  });
  it('tells how to resolve unknown states', () => {
    const r = buildReport([f('a', 'vi'), f('a', 'en')], { available: false, reason: 'shallow' }, { sourceLocale: 'vi', languages: ['en'], now: new Date() });
    expect(historyNote(r)).toMatch(/shallow clone.*1 translation without source_version cannot be checked.*--unshallow.*--mark <slug> --lang <code>/);
  });
  it('says staleness stays exact when every translation has a record', () => {
    expect(historyNote(report)).toMatch(/shallow clone.*staleness is still exact/);
  });
});

describe('formatAge', () => {
  it('writes days, one day, or a dash', () => {
    expect([formatAge(0), formatAge(1), formatAge(12), formatAge(undefined)]).toEqual(['0 days', '1 day', '12 days', '—']);
  });
});
