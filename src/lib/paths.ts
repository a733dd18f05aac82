/** Every URL of the site is built here, so that routes and links cannot disagree. */

/** `/vi/`, `/vi/page/2/`: a paginated list under `base`. */
export function pagedUrl(base: string, page = 1): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

export const homeUrl = (locale: string, page = 1) => pagedUrl(`/${locale}/`, page);
export const articleUrl = (locale: string, slug: string) => `/${locale}/articles/${slug}/`;
export const provincesUrl = (locale: string) => `/${locale}/provinces/`;
export const provinceUrl = (locale: string, code: string, page = 1) => pagedUrl(`/${locale}/provinces/${code}/`, page);
export const tagUrl = (locale: string, slug: string, page = 1) => pagedUrl(`/${locale}/tags/${slug}/`, page);
/** `/vi/archive/`: the years; `/vi/archive/2025/`, `/vi/archive/2025/page/2/`: one year's articles. */
export const archiveUrl = (locale: string, year?: number, page = 1) =>
  year === undefined ? `/${locale}/archive/` : pagedUrl(`/${locale}/archive/${year}/`, page);
export const searchUrl = (locale: string) => `/${locale}/search/`;
export const feedUrl = (locale: string) => `/${locale}/rss.xml`;
export const provinceFeedUrl = (locale: string, code: string) => `/${locale}/provinces/${code}/rss.xml`;
/** The translation dashboard, for the newsroom: unlisted (see isUnlisted). */
export const translationStatusUrl = (locale: string) => `/${locale}/translation-status/`;

/**
 * Pages for the newsroom, not for readers: linked from no navigation, `noindex`, left
 * out of sitemaps and search. isUnlisted('/en/translation-status/') → true.
 */
export function isUnlisted(pathname: string): boolean {
  return pathname === translationStatusUrl(pathname.split('/')[1] ?? '');
}

/** An absolute URL on the site: absoluteUrl('https://x.org', '/vi/') → 'https://x.org/vi/'. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.replace(/\/*$/, '/')).href;
}

/** The `page/N/` rest parameter of a paginated route: undefined → 1, 'page/3' → 3, else null. */
export function parsePageParam(param: string | undefined): number | null {
  if (!param) return 1;
  const m = /^page\/(\d+)\/?$/.exec(param);
  return m && Number(m[1]) >= 2 ? Number(m[1]) : null;
}

/** The rest parameter for page N of a list (undefined for the first page). */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/** Split a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
