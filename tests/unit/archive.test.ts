import { describe, expect, it } from 'vitest';
import { archiveYears } from '../../src/lib/archive.ts';
import { buildArticles } from '../../src/lib/articles.ts';
import { archiveUrl } from '../../src/lib/paths.ts';

const article = (slug: string, date: string) => ({
  id: `x/${slug}/vi`,
  data: { title: slug, date: new Date(date), province: 'hue', author: ['Lan'] },
});

describe('archiveYears', () => {
  const now = new Date('2027-01-01T00:00:00Z');

  it('groups articles by year, newest year first, each year newest first', () => {
    const articles = buildArticles(
      [
        article('a', '2024-03-01T00:00:00+07:00'),
        article('b', '2025-06-01T00:00:00+07:00'),
        article('c', '2025-01-15T00:00:00+07:00'),
        article('d', '2025-11-30T00:00:00+07:00'),
      ],
      { now },
    );
    const years = archiveYears(articles);
    expect(years.map((y) => [y.year, y.articles.map((a) => a.slug)])).toEqual([
      [2025, ['d', 'b', 'c']],
      [2024, ['a']],
    ]);
  });

  it('sorts each year itself, whatever order it is given, and breaks ties by slug', () => {
    const articles = buildArticles(
      [article('b', '2025-06-01T00:00:00+07:00'), article('a', '2025-06-01T00:00:00+07:00'), article('c', '2025-12-01T00:00:00+07:00')],
      {
        now,
      },
    );
    expect(archiveYears([...articles].reverse())[0].articles.map((a) => a.slug)).toEqual(['c', 'a', 'b']);
  });

  it("counts the year in the site's time zone, not UTC", () => {
    // 1 January 2026, 05:00 in Vietnam is still 31 December 2025 in UTC.
    const articles = buildArticles([article('new-year', '2026-01-01T05:00:00+07:00'), article('eve', '2025-12-31T23:30:00+07:00')], { now });
    expect(archiveYears(articles).map((y) => [y.year, y.articles.map((a) => a.slug)])).toEqual([
      [2026, ['new-year']],
      [2025, ['eve']],
    ]);
  });

  it('has no year without articles', () => {
    expect(archiveYears([])).toEqual([]);
    const articles = buildArticles([article('a', '2022-05-01T00:00:00+07:00'), article('b', '2025-05-01T00:00:00+07:00')], { now });
    expect(archiveYears(articles).map((y) => y.year)).toEqual([2025, 2022]);
  });
});

describe('archiveUrl', () => {
  it('builds the years page, a year and its further pages', () => {
    expect(archiveUrl('vi')).toBe('/vi/archive/');
    expect(archiveUrl('km', 2025)).toBe('/km/archive/2025/');
    expect(archiveUrl('en', 2025, 1)).toBe('/en/archive/2025/');
    expect(archiveUrl('en', 2025, 3)).toBe('/en/archive/2025/page/3/');
  });
});
