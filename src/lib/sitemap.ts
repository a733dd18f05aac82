import { LANGUAGES, LOCALES, DEFAULT_LOCALE } from './languages.ts';
import { isUnlisted } from './paths.ts';

/** Which languages each article really exists in: slug → locales (drafts left out). */
export type Translations = Map<string, string[]>;

/**
 * From article files to the languages each article exists in. A draft source keeps the
 * whole article out; a draft translation only its language.
 * translationsOf([{ slug: 'a', locale: 'vi', draft: false }, { slug: 'a', locale: 'en', draft: true }]) → Map { 'a' → ['vi'] }
 */
export function translationsOf(files: { slug: string; locale: string; draft: boolean }[]): Translations {
  const drafts = new Set(files.filter((f) => f.draft && f.locale === DEFAULT_LOCALE).map((f) => f.slug));
  const map: Translations = new Map();
  for (const f of files) {
    if (f.draft || drafts.has(f.slug) || !LOCALES.includes(f.locale)) continue;
    map.set(f.slug, [...(map.get(f.slug) ?? []), f.locale]);
  }
  return map;
}

const UNDER_LOCALE = /^\/([a-z]{2,3})\//;
const ARTICLE = /^\/([a-z]{2,3})\/articles\/([^/]+)\/$/;

/**
 * Whether a built URL belongs in the sitemap: not a fallback article page (a language
 * the article is not translated into), not a redirect left by a renamed article, not an
 * unlisted page (the translation dashboard), not a feed or other file.
 */
export function inSitemap(url: string, translations: Translations): boolean {
  const { pathname } = new URL(url);
  if (!pathname.endsWith('/') || isUnlisted(pathname)) return false;
  const m = ARTICLE.exec(pathname);
  if (!m) return true;
  return translations.get(decodeURIComponent(m[2]))?.includes(m[1]) ?? false;
}

/**
 * The xhtml:link alternates of a sitemap URL, as the page's own hreflang links give
 * them: an article links its real translations, any other page under a language that
 * page in every language; x-default is the default language's page. None for a page
 * that exists in one language only, or outside the languages (the chooser).
 */
export function alternatesOf(url: string, translations: Translations): { url: string; lang: string }[] {
  const u = new URL(url);
  if (!UNDER_LOCALE.test(u.pathname)) return [];
  const m = ARTICLE.exec(u.pathname);
  const locales = m ? (translations.get(decodeURIComponent(m[2])) ?? []) : LOCALES;
  if (locales.length < 2) return [];
  const link = (locale: string) => new URL(u.pathname.replace(UNDER_LOCALE, `/${locale}/`), u).href;
  const links = LANGUAGES.filter((l) => locales.includes(l.code)).map((l) => ({ url: link(l.code), lang: l.bcp47 }));
  return locales.includes(DEFAULT_LOCALE) ? [...links, { url: link(DEFAULT_LOCALE), lang: 'x-default' }] : links;
}
