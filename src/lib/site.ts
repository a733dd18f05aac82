import site from '../data/site.json' with { type: 'json' };

/** Site-wide settings from src/data/site.json, with environment overrides. */
export const SITE = {
  ...site,
  /** Absolute origin for feeds, canonical links and sitemaps; `SITE_URL` overrides. */
  siteUrl: (process.env.SITE_URL || site.siteUrl).replace(/\/+$/, ''),
};

/** The output folder: `OUT_DIR` or `dist/`, relative to the working directory. */
export function outDir(): string {
  return process.env.OUT_DIR || 'dist';
}

/** Astro's cache folder (also the search records'): `ASTRO_CACHE_DIR` or `node_modules/.astro/`. */
export function cacheDir(): string {
  return process.env.ASTRO_CACHE_DIR || 'node_modules/.astro';
}

/** The content folder: `CONTENT_DIR` or `content/`, relative to the working directory. */
export function contentDir(): string {
  return process.env.CONTENT_DIR || site.contentDir;
}
