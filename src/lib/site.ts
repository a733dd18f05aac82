import { SETTINGS } from './settings.ts';

/**
 * The one module that reads the environment: every variable the site and its commands
 * take is read here or, for the folders, in folders.ts (the translation engines' keys are
 * read by npm run translate, which hands them to the engines). Settings without an
 * override live in settings.ts.
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

export { outDir, cacheDir, contentDir, checkCacheDir } from './folders.ts';
