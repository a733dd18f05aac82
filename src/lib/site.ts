import site from '../data/site.json' with { type: 'json' };

/** Site-wide settings from src/data/site.json, with environment overrides. */
export const SITE = {
  ...site,
  /** Absolute origin for feeds, canonical links and sitemaps; `SITE_URL` overrides. */
  siteUrl: (process.env.SITE_URL || site.siteUrl).replace(/\/+$/, ''),
};

/** The content folder: `CONTENT_DIR` or `content/`, relative to the working directory. */
export function contentDir(): string {
  return process.env.CONTENT_DIR || site.contentDir;
}
