import { DEFAULT_LOCALE, LOCALES, getLanguage, isLocale } from './languages.ts';

/** Front-matter of one file after the content schema (dates parsed, author as a list). */
export interface EntryData {
  title: string;
  date?: Date;
  province?: string;
  author?: string[];
  tags?: string[];
  summary?: string;
  image?: unknown;
  image_alt?: string;
  updated?: Date;
  draft?: boolean;
  translation?: 'human' | 'machine';
  translator?: string[];
  source_version?: string;
  id?: string;
  /** Version hash of this file's text, added by the loader (see source-version.ts). */
  _version?: string;
}

export interface EntryLike {
  /** `<groups>/<slug>/<locale>`, e.g. `2025/hue-hoi-thao/en`. */
  id: string;
  data: EntryData;
}

/** One language version of an article, with what it inherits from the source filled in. */
export interface Version<E extends EntryLike = EntryLike> {
  locale: string;
  slug: string;
  title: string;
  summary?: string;
  date: Date;
  updated?: Date;
  province: string;
  authors: string[];
  tags: string[];
  image?: unknown;
  imageAlt?: string;
  /** BCP 47 tag of the alt text when it is inherited from a source in another language. */
  imageAltLang?: string;
  translation: 'human' | 'machine';
  translators: string[];
  draft: boolean;
  isSource: boolean;
  /** The source changed after this translation was made (known only when it recorded `source_version`). */
  stale: boolean;
  entry: E;
}

export interface Article<E extends EntryLike = EntryLike> {
  slug: string;
  /** Stable id for guids: the `id` field written by the tools, else the slug. */
  uid: string;
  source: Version<E>;
  /** Existing language versions (the source included), in the site's language order. */
  versions: Map<string, Version<E>>;
}

/** `2025/hue-hoi-thao/en` → { slug: 'hue-hoi-thao', locale: 'en' }. */
export function splitEntryId(id: string): { slug: string; locale: string } {
  const parts = id.split('/');
  return { locale: parts.at(-1)!, slug: parts.at(-2) ?? '' };
}

export interface BuildOptions {
  /** Keep drafts (dev server). */
  drafts?: boolean;
  /** Keep articles dated after `now`. */
  future?: boolean;
  now?: Date;
}

/**
 * Group content entries into articles: the source is the default-language file when
 * present (else the first language that has one), and each translation inherits date,
 * province, author, tags and image from it unless it sets them. Drafts and future-dated
 * articles are left out unless asked for. Newest first.
 */
export function buildArticles<E extends EntryLike>(entries: E[], options: BuildOptions = {}): Article<E>[] {
  const now = options.now ?? new Date();
  const groups = new Map<string, Map<string, E>>();
  for (const entry of entries) {
    const { slug, locale } = splitEntryId(entry.id);
    if (!isLocale(locale)) continue;
    if (!groups.has(slug)) groups.set(slug, new Map());
    groups.get(slug)!.set(locale, entry);
  }
  const articles: Article<E>[] = [];
  for (const [slug, files] of groups) {
    const sourceLocale = files.has(DEFAULT_LOCALE) ? DEFAULT_LOCALE : LOCALES.find((l) => files.has(l))!;
    const src = files.get(sourceLocale)!;
    if (!src.data.date || !src.data.province || !src.data.author) continue;
    const source = toVersion(slug, sourceLocale, src, undefined);
    if (source.draft && !options.drafts) continue;
    if (source.date > now && !options.future) continue;
    const versions = new Map<string, Version<E>>();
    for (const locale of LOCALES) {
      const entry = files.get(locale);
      if (!entry) continue;
      const version = locale === sourceLocale ? source : toVersion(slug, locale, entry, source);
      if (version.draft && !options.drafts) continue;
      versions.set(locale, version);
    }
    articles.push({ slug, uid: src.data.id ?? slug, source, versions });
  }
  return articles.sort(newestFirst);
}

function toVersion<E extends EntryLike>(slug: string, locale: string, entry: E, source: Version<E> | undefined): Version<E> {
  const d = entry.data;
  const recorded = d.source_version;
  return {
    locale,
    slug,
    title: d.title,
    summary: d.summary,
    date: d.date ?? source!.date,
    updated: d.updated ?? source?.updated,
    province: d.province ?? source!.province,
    authors: d.author ?? source!.authors,
    tags: d.tags ?? source?.tags ?? [],
    image: d.image ?? source?.image,
    imageAlt: d.image_alt ?? (d.image ? undefined : source?.imageAlt),
    imageAltLang: d.image_alt || d.image || !source ? undefined : (source.imageAltLang ?? getLanguage(source.locale).bcp47),
    translation: d.translation ?? 'human',
    translators: d.translator ?? [],
    draft: d.draft ?? false,
    isSource: !source,
    stale: Boolean(source && recorded && source.entry.data._version && recorded !== source.entry.data._version),
    entry,
  };
}

/** Newest first; the slug breaks ties so that order is the same on every machine. */
export function newestFirst(a: Article, b: Article): number {
  return b.source.date.getTime() - a.source.date.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * What a reader of `locale` gets for an article: its translation, or the source
 * marked as a fallback (shown with a notice, kept out of feeds, sitemap and search).
 */
export function versionFor<E extends EntryLike>(article: Article<E>, locale: string): { version: Version<E>; fallback: boolean } {
  const own = article.versions.get(locale);
  return own ? { version: own, fallback: false } : { version: article.source, fallback: true };
}
