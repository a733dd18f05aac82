import siteJson from '../data/site.json' with { type: 'json' };

/**
 * The folders every command works in, from the environment (site.ts re-exports them).
 * Apart from site.ts, the one module that reads the environment; kept free of the schema
 * library so that `npm run build`'s launcher, alive for the whole build, stays small.
 * site.json itself is checked by settings.ts, which every command and the site load.
 */

/** The output folder: `OUT_DIR` or `dist/`, relative to the working directory. */
export function outDir(): string {
  return process.env.OUT_DIR || 'dist';
}

/** Astro's cache folder (also the search records'): `ASTRO_CACHE_DIR` or `node_modules/.astro/`. */
export function cacheDir(): string {
  return process.env.ASTRO_CACHE_DIR || 'node_modules/.astro';
}

/** The content folder: `CONTENT_DIR` or site.json's `contentDir`, relative to the working directory. */
export function contentDir(): string {
  return process.env.CONTENT_DIR || siteJson.contentDir;
}

/** Where npm run check and the build keep the checks' results between runs (content/check-cache.ts). */
export function checkCacheDir(): string {
  return `${cacheDir()}/content-check`;
}
