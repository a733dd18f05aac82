import { describe, expect, it } from 'vitest';
import { historyVerdict, indexByFile, isSkipped, locateRecordedVersion, orderOf, type Commit } from '../../src/lib/translation-status/history.ts';

const c = (hash: string, date: string, files: string[], message = `change ${hash}`): Commit => ({ hash, date: new Date(date), message, files });
const SRC = 'a/x/vi.md';
const EN = 'a/x/en.md';

/** Newest first, as git log gives them. */
function verdict(commits: Commit[]) {
  return historyVerdict(indexByFile(commits), orderOf(commits), SRC, EN);
}

describe('historyVerdict', () => {
  it('is current when source and translation were committed together', () => {
    expect(verdict([c('a', '2025-01-01', [SRC, EN])]).state).toBe('current');
  });

  it('is current when the translation was committed after the last source change', () => {
    expect(verdict([c('b', '2025-01-02', [EN]), c('a', '2025-01-01', [SRC])]).state).toBe('current');
  });

  it('is stale from the first source change after the translation, counting the changes', () => {
    const v = verdict([c('d', '2025-01-04', [SRC]), c('c', '2025-01-03', [SRC]), c('b', '2025-01-02', [EN]), c('a', '2025-01-01', [SRC])]);
    expect(v).toMatchObject({ state: 'stale', changes: 2, since: { hash: 'c' }, translationCommit: { hash: 'b' } });
  });

  it('ignores source commits marked [i18n skip]', () => {
    const commits = [c('c', '2025-01-03', [SRC], 'Fix a typo\n\n[i18n skip]'), c('b', '2025-01-02', [EN]), c('a', '2025-01-01', [SRC])];
    expect(verdict(commits).state).toBe('current');
  });

  it('still sees a real change made before a skipped one', () => {
    const commits = [c('d', '2025-01-04', [SRC], 'Reflow [i18n skip]'), c('c', '2025-01-03', [SRC]), c('b', '2025-01-02', [EN])];
    expect(verdict(commits)).toMatchObject({ state: 'stale', since: { hash: 'c' }, changes: 1 });
  });

  it('orders by position in the log, not by date, so equal dates do not confuse it', () => {
    const commits = [c('b', '2025-01-01', [SRC]), c('a', '2025-01-01', [EN])];
    expect(verdict(commits).state).toBe('stale');
  });

  it('treats a translation not committed yet as current (it is being written now)', () => {
    expect(verdict([c('a', '2025-01-01', [SRC])]).state).toBe('current');
  });
});

describe('isSkipped', () => {
  it('finds the marker anywhere in the message', () => {
    expect(isSkipped(c('a', '2025-01-01', [], 'Typo [i18n skip]'))).toBe(true);
    expect(isSkipped(c('a', '2025-01-01', [], 'Typo\n\nbody [i18n skip]'))).toBe(true);
    expect(isSkipped(c('a', '2025-01-01', [], 'i18n skip'))).toBe(false);
  });
});

describe('locateRecordedVersion', () => {
  const revs = [
    { commit: c('c', '2025-01-03', [SRC]), version: 'v3' },
    { commit: c('b', '2025-01-02', [SRC]), version: 'v2' },
    { commit: c('b2', '2025-01-01T12:00', [SRC]), version: 'v2' },
    { commit: c('a', '2025-01-01', [SRC]), version: 'v1' },
  ];

  it('finds the newest commit with the recorded version and the change after it', () => {
    expect(locateRecordedVersion(revs, 'v2')).toMatchObject({ recordedAt: { hash: 'b' }, since: { hash: 'c' } });
    expect(locateRecordedVersion(revs, 'v1')).toMatchObject({ recordedAt: { hash: 'a' }, since: { hash: 'b2' } });
  });

  it('has no "since" when the recorded version is the newest committed one', () => {
    expect(locateRecordedVersion(revs, 'v3')).toEqual({ recordedAt: revs[0].commit, since: undefined });
  });

  it('finds nothing for a version that was never committed', () => {
    expect(locateRecordedVersion(revs, 'zzz')).toEqual({});
  });
});
