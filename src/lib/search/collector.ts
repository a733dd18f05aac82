/** Where the middleware finds the search indexer during a build (the same process renders). */
export const SEARCH_COLLECTOR = Symbol.for('bantin.search-collector');

export interface SearchCollector {
  /** A rendered article page: `html` null when it is not to be indexed (a fallback page). */
  page(url: string, locale: string, html: string | null): void;
}

/** The indexer of the build in progress, if any (none in `astro dev`). */
export function searchCollector(): SearchCollector | undefined {
  return (globalThis as Record<symbol, unknown>)[SEARCH_COLLECTOR] as SearchCollector | undefined;
}
