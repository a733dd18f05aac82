import { slugify } from './slug.ts';
import { DEFAULT_LOCALE, getLanguage } from './languages.ts';

/** Names of one thing in each language: { vi: 'Khánh Hòa', en: 'Khanh Hoa' }. */
export type Names = Record<string, string>;

export interface Province {
  code: string;
  name: Names;
  region?: string;
  /** Merged away (2025 reform); kept so that older articles keep their province. */
  former?: boolean;
  merged_into?: string;
}

export interface Registry {
  provinces: Map<string, Province>;
  regions: Map<string, Names>;
  /** Tag as written in the source language → its names in other languages. */
  tags: Map<string, Names>;
}

/**
 * The registry from the data of provinces.yaml and tags.yaml (read by registry-file.ts's
 * loadRegistry). Never throws: what is malformed is left out, and `npm run check` (and the
 * build, which refuses on its problems) says what is wrong.
 */
export function registryFrom(provincesData: unknown, tagsData: unknown): Registry {
  const prov = objectOr(provincesData) as { regions?: Record<string, Names>; provinces?: Record<string, Omit<Province, 'code'>> };
  return {
    provinces: new Map(Object.entries(objectOr(prov.provinces)).map(([code, p]) => [code, { ...(p as object), code } as Province])),
    regions: new Map(Object.entries(objectOr(prov.regions)) as [string, Names][]),
    tags: new Map(Object.entries(objectOr(tagsData)).map(([k, v]) => [k, (v ?? {}) as Names])),
  };
}

const objectOr = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A name in the reader's language, else English, else the default language, else the key. */
export function pickName(names: Names | undefined, locale: string, fallback: string): string {
  return names?.[locale] ?? names?.en ?? names?.[DEFAULT_LOCALE] ?? fallback;
}

/** Whether `pickName` found a name in the reader's own language (else it is foreign text). */
export function hasName(names: Names | undefined, locale: string): boolean {
  return Boolean(names?.[locale]);
}

export function provinceName(registry: Registry, code: string, locale: string): string {
  return pickName(registry.provinces.get(code)?.name, locale, code);
}

/** A name to show and, when it is not in the page's language, the BCP 47 tag of the language it is in. */
export interface LabelledName {
  name: string;
  lang?: string;
}

function labelled(names: Names | undefined, locale: string, fallback: string): LabelledName {
  const name = pickName(names, locale, fallback);
  if (names?.[locale]) return { name };
  const from = names?.en ? 'en' : DEFAULT_LOCALE;
  return { name, lang: from === locale ? undefined : getLanguage(from).bcp47 };
}

/** provinceLabel(reg, 'tay-ninh', 'lo') → { name: 'Tay Ninh', lang: 'en' } when the registry has no Lao name. */
export function provinceLabel(registry: Registry, code: string, locale: string): LabelledName {
  return labelled(registry.provinces.get(code)?.name, locale, code);
}

/** A tag's name in a language, marked with the source language when it has no translation. */
export function tagLabel(registry: Registry, tag: string, locale: string): LabelledName {
  if (locale === DEFAULT_LOCALE) return { name: tag };
  const own = registry.tags.get(tag)?.[locale];
  return own ? { name: own } : { name: tag, lang: getLanguage(DEFAULT_LOCALE).bcp47 };
}

export function regionName(registry: Registry, region: string | undefined, locale: string): string {
  return region ? pickName(registry.regions.get(region), locale, region) : '';
}

/** A tag's name in a language: tagName(reg, 'hữu nghị', 'en') → 'friendship'. */
export function tagName(registry: Registry, tag: string, locale: string): string {
  if (locale === DEFAULT_LOCALE) return tag;
  return registry.tags.get(tag)?.[locale] ?? tag;
}

/** The URL segment of a tag, the same in every language: 'đối ngoại nhân dân' → 'doi-ngoai-nhan-dan'. */
export function tagSlug(tag: string): string {
  return slugify(tag);
}

/** Compare strings with a language's collation (Vietnamese order for vi: A Ă Â B … Đ …). */
export function collator(locale: string): Intl.Collator {
  return new Intl.Collator(getLanguage(locale).intl, { sensitivity: 'base', numeric: true });
}
