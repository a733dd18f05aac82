import { absoluteUrl, articleUrl } from '../paths.ts';

/** An item's guid, and whether it is also the article's address. */
export interface Guid {
  value: string;
  isPermaLink: boolean;
}

/**
 * An item's guid, which must never change once published:
 * - with the `id` the tools write: `urn:bantin:<id>:<locale>`, not a URL (isPermaLink false).
 *   It survives renaming the folder and even moving the site to another domain.
 * - without one: the permalink under the first folder name the article was published
 *   with (the oldest of `aliases`, else the slug). The old address keeps working through
 *   its redirect page.
 *
 * feedGuid('https://s.org', 'en', 'hue-new', { aliases: ['hue-old'] })
 *   → { value: 'https://s.org/en/articles/hue-old/', isPermaLink: true }
 * feedGuid('https://s.org', 'en', 'hue-new', { id: '20250912-aaaqeaye' })
 *   → { value: 'urn:bantin:20250912-aaaqeaye:en', isPermaLink: false }
 */
export function feedGuid(siteUrl: string, locale: string, slug: string, data: { id?: string; aliases?: string[] } = {}): Guid {
  if (data.id) return { value: `urn:bantin:${data.id}:${locale}`, isPermaLink: false };
  return { value: absoluteUrl(siteUrl, articleUrl(locale, data.aliases?.[0] ?? slug)), isPermaLink: true };
}
