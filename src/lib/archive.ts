import { newestFirst, type Article } from './articles.ts';
import { siteYear } from './dates.ts';

/** One year of the archive: its articles, newest first. */
export interface ArchiveYear<A> {
  year: number;
  articles: A[];
}

/**
 * Pure: articles by the year of their date in the site's time zone (1 January, 05:00 in
 * Vietnam is the new year, though still 31 December in UTC or on the build machine),
 * newest year first, each year's articles newest first. Only years that have articles.
 * archiveYears([a2025, b2024, c2025]) → [{ year: 2025, articles: [a, c] }, { year: 2024, articles: [b] }]
 */
export function archiveYears<A extends Article>(articles: A[]): ArchiveYear<A>[] {
  const years = new Map<number, A[]>();
  for (const article of articles) {
    const year = siteYear(article.source.date);
    const list = years.get(year);
    if (list) list.push(article);
    else years.set(year, [article]);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, articles: items.sort(newestFirst) }));
}
