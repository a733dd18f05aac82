import { SETTINGS } from './settings.ts';

/**
 * The one module that reads the environment: every variable the site and its commands
 * take is read here (the translation engines' keys are read by npm run translate, which
 * hands them to the engines). Settings without an override live in settings.ts.
 */

/** Site-wide settings from src/data/site.json, with environment overrides. */
export const SITE = {
  ...SETTINGS,
  /** Absolute origin for feeds, canonical links and sitemaps; `SITE_URL` overrides. */
  siteUrl: (process.env.SITE_URL || SETTINGS.siteUrl).replace(/\/+$/, ''),
};

/** `PUBLISH_FUTURE=1`: future-dated articles are published now (and not reported by check). */
export function publishFuture(): boolean {
  return process.env.PUBLISH_FUTURE === '1';
}

/** The WebSub hub feeds announce: `WEBSUB_HUB`, or site.json's `websubHub`, or none. */
export function websubHub(): string | undefined {
  return process.env.WEBSUB_HUB || SETTINGS.websubHub || undefined;
}

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
  return process.env.CONTENT_DIR || SETTINGS.contentDir;
}

/** Where npm run check and the build keep the checks' results between runs (content/check-cache.ts). */
export function checkCacheDir(): string {
  return `${cacheDir()}/content-check`;
}
