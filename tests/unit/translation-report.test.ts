import { describe, expect, it } from 'vitest';
import { buildReport, grandTotal, sourcesToTrace, type HistoryInput, type StatusFile } from '../../src/lib/translation-status/report.ts';
import { indexByFile, orderOf, type Commit } from '../../src/lib/translation-status/history.ts';

const NOW = new Date('2025-10-01T00:00:00+07:00');
const OPTIONS = { sourceLocale: 'vi', languages: ['vi', 'en', 'fr'], now: NOW };

function file(slug: string, locale: string, extra: Partial<StatusFile> = {}): StatusFile {
  return {
    path: `c/${slug}/${locale}.md`,
    slug,
    locale,
    title: `${slug} ${locale}`,
    draft: false,
    machine: false,
    version: locale === 'vi' ? `v-${slug}` : '',
    ...extra,
  };
}
const src = (slug: string, date: string, extra: Partial<StatusFile> = {}) => file(slug, 'vi', { date: new Date(`${date}T00:00:00+07:00`), ...extra });

const NO_GIT: HistoryInput = { available: false, reason: 'no-git', detail: 'not a git repository' };
function git(commits: Commit[], revisions = new Map()): HistoryInput {
  return { available: true, history: indexByFile(commits), order: orderOf(commits), revisions };
}
const commit = (hash: string, date: string, files: string[], message = hash): Commit => ({ hash, date: new Date(date), message, files });

describe('buildReport', () => {
  it('reports missing translations with the source date and how long they have waited', () => {
    const r = buildReport([src('a', '2025-09-21')], NO_GIT, OPTIONS);
    expect(r.languages).toEqual(['en', 'fr']);
    expect(r.totals.en).toMatchObject({ sources: 1, translated: 0, missing: 1 });
    expect(r.work.en).toEqual([expect.objectContaining({ state: 'missing', slug: 'a', title: 'a vi', sourceDate: '2025-09-21', days: 10 })]);
  });

  it('is exact from source_version, without git', () => {
    const files = [src('a', '2025-09-01'), file('a', 'en', { recorded: 'v-a' }), file('a', 'fr', { recorded: 'old' })];
    const r = buildReport(files, NO_GIT, OPTIONS);
    expect(r.totals.en).toMatchObject({ translated: 1, current: 1, stale: 0 });
    expect(r.totals.fr).toMatchObject({ translated: 1, current: 0, stale: 1 });
    expect(r.work.fr[0]).toMatchObject({ state: 'stale', basis: 'source_version', path: 'c/a/fr.md' });
    expect(r.work.fr[0].days).toBeUndefined(); // when it went stale needs history
  });

  it('says "unknown", never guesses, for a translation without a record and without history', () => {
    const r = buildReport([src('a', '2025-09-01'), file('a', 'en')], { available: false, reason: 'shallow' }, OPTIONS);
    expect(r.totals.en).toMatchObject({ translated: 1, unknown: 1, stale: 0, current: 0 });
    expect(r.work.en[0]).toMatchObject({ state: 'unknown', reason: 'no-record-shallow' });
    expect(r.history).toEqual({ available: false, reason: 'shallow', detail: undefined });
  });

  it('falls back to git history for a translation without a record', () => {
    const commits = [commit('c2', '2025-09-20T10:00:00Z', ['c/a/vi.md']), commit('c1', '2025-09-10T10:00:00Z', ['c/a/vi.md', 'c/a/en.md', 'c/a/fr.md'])];
    const files = [src('a', '2025-09-01'), file('a', 'en'), file('a', 'fr', { recorded: 'v-a' })];
    const r = buildReport(files, git(commits), OPTIONS);
    expect(r.work.en[0]).toMatchObject({ state: 'stale', basis: 'git', since: '2025-09-20T10:00:00.000Z', days: 10, baseCommit: 'c1' });
    expect(r.totals.fr.current).toBe(1); // the record wins over history
  });

  it('dates a recorded-stale translation from the source history', () => {
    const commits = [commit('c2', '2025-09-25T00:00:00Z', ['c/a/vi.md']), commit('c1', '2025-09-01T00:00:00Z', ['c/a/vi.md'])];
    const revisions = new Map([
      [
        'c/a/vi.md',
        [
          { commit: commits[0], version: 'v-a' },
          { commit: commits[1], version: 'old' },
        ],
      ],
    ]);
    const r = buildReport([src('a', '2025-09-01'), file('a', 'en', { recorded: 'old' })], git(commits, revisions), OPTIONS);
    expect(r.work.en[0]).toMatchObject({ state: 'stale', basis: 'source_version', baseCommit: 'c1', since: '2025-09-25T00:00:00.000Z', days: 5 });
  });

  it('lists orphaned translations and does not count them as translated', () => {
    const r = buildReport([file('gone', 'en'), file('gone', 'fr')], NO_GIT, OPTIONS);
    expect(r.orphaned.map((o) => [o.slug, o.locale, o.path])).toEqual([
      ['gone', 'en', 'c/gone/en.md'],
      ['gone', 'fr', 'c/gone/fr.md'],
    ]);
    expect(r.totals.en).toMatchObject({ orphaned: 1, translated: 0, sources: 0 });
    expect(r.articles).toBe(0);
  });

  it('counts drafts apart: a draft source asks for no translation, a draft translation is not missing', () => {
    const files = [src('d', '2025-09-01', { draft: true }), file('d', 'en'), src('a', '2025-09-01'), file('a', 'fr', { draft: true })];
    const r = buildReport(files, NO_GIT, OPTIONS);
    expect(r).toMatchObject({ articles: 1, draftArticles: 1 });
    expect(r.totals.en).toMatchObject({ sources: 1, drafts: 1, missing: 1 });
    expect(r.totals.fr).toMatchObject({ sources: 0, drafts: 1, missing: 0 });
    expect(r.work.en.map((w) => w.slug)).toEqual(['a']);
  });

  it('lists machine translations awaiting review, and marks those also stale', () => {
    const files = [src('a', '2025-09-01'), file('a', 'en', { machine: true, recorded: 'v-a' }), file('a', 'fr', { machine: true, recorded: 'old' })];
    const r = buildReport(files, NO_GIT, OPTIONS);
    expect(r.review.en).toEqual([{ slug: 'a', title: 'a en', path: 'c/a/en.md', stale: false }]);
    expect(r.review.fr[0].stale).toBe(true);
    expect(r.totals.en).toMatchObject({ machine: 1, translated: 1, current: 1 });
  });

  it('counts scheduled articles apart, unnamed, only when asked', () => {
    const files = [src('later', '2025-12-01'), src('a', '2025-09-01')];
    expect(buildReport(files, NO_GIT, OPTIONS).totals.en.missing).toBe(2);
    const r = buildReport(files, NO_GIT, { ...OPTIONS, scheduledApart: true });
    expect(r).toMatchObject({ articles: 1, scheduledArticles: 1 });
    expect(r.work.en.map((w) => w.slug)).toEqual(['a']);
  });

  it('orders work stale first, then missing, then unknown, newest source first', () => {
    const files = [
      src('old', '2024-01-01'),
      src('new', '2025-09-01'),
      src('s', '2023-01-01'),
      file('s', 'en', { recorded: 'x' }),
      src('u', '2025-09-02'),
      file('u', 'en'),
    ];
    expect(buildReport(files, NO_GIT, OPTIONS).work.en.map((w) => `${w.state}:${w.slug}`)).toEqual(['stale:s', 'missing:new', 'missing:old', 'unknown:u']);
  });

  it('adds the totals up', () => {
    const r = buildReport([src('a', '2025-09-01'), file('a', 'en', { recorded: 'v-a' })], NO_GIT, OPTIONS);
    expect(grandTotal(r)).toMatchObject({ sources: 2, translated: 1, missing: 1 });
  });
});

describe('sourcesToTrace', () => {
  it('names only sources that a translation recorded an older version of', () => {
    const files = [
      src('a', '2025-09-01'),
      file('a', 'en', { recorded: 'old' }),
      file('a', 'fr', { recorded: 'older' }),
      src('b', '2025-09-01'),
      file('b', 'en', { recorded: 'v-b' }),
      src('c', '2025-09-01'),
      file('c', 'en'),
    ];
    expect(sourcesToTrace(files, 'vi')).toEqual(['c/a/vi.md']);
  });
});
