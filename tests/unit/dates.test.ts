import { describe, expect, it } from 'vitest';
import { formatDate, parseContentDate, toSiteDay, toSiteISO } from '../../src/lib/dates.ts';

describe('parseContentDate', () => {
  it('reads a bare date as midnight in Asia/Ho_Chi_Minh', () => {
    expect(parseContentDate('2025-09-12')!.toISOString()).toBe('2025-09-11T17:00:00.000Z');
  });
  it('reads a date-time without offset as wall-clock time in the site zone', () => {
    expect(parseContentDate('2025-09-12T23:30')!.toISOString()).toBe('2025-09-12T16:30:00.000Z');
    expect(parseContentDate('2025-09-12 08:05:09')!.toISOString()).toBe('2025-09-12T01:05:09.000Z');
  });
  it('keeps an explicit offset', () => {
    expect(parseContentDate('2025-09-12T23:30:00+07:00')!.toISOString()).toBe('2025-09-12T16:30:00.000Z');
    expect(parseContentDate('2025-09-12T10:00:00Z')!.toISOString()).toBe('2025-09-12T10:00:00.000Z');
  });
  it('rejects dates that do not exist and other text', () => {
    expect(parseContentDate('2025-02-30')).toBeNull();
    expect(parseContentDate('2025-13-01')).toBeNull();
    expect(parseContentDate('12/09/2025')).toBeNull();
    expect(parseContentDate('2025-09-12T25:00')).toBeNull();
    // Minutes and seconds past 59 would roll over within the day: only the range check sees them.
    expect(parseContentDate('2025-09-12T10:60')).toBeNull();
    expect(parseContentDate('2025-09-12T10:30:60')).toBeNull();
    expect(parseContentDate('2025-09-12T23:59:59')!.toISOString()).toBe('2025-09-12T16:59:59.000Z');
    expect(parseContentDate(42)).toBeNull();
  });
});

describe('formatting in the site time zone', () => {
  const lateEvening = parseContentDate('2025-09-12T23:30:00+07:00')!;
  it('shows the site day whatever the machine zone', () => {
    expect(toSiteDay(lateEvening)).toBe('2025-09-12');
    expect(toSiteISO(lateEvening)).toBe('2025-09-12T23:30:00+07:00');
  });
  it.each([
    ['vi', /12.*9.*2025/],
    ['en', /^12 September 2025$/],
    ['fr', /^12 septembre 2025$/],
    ['zh', /^2025年9月12日$/],
    ['lo', /12/],
    ['km', /12/],
  ])('formats with Intl in %s', (locale, pattern) => {
    expect(formatDate(lateEvening, locale)).toMatch(pattern);
  });
});
