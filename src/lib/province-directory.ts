import { collator, provinceLabel, type Registry } from './registry.ts';

export interface DirectoryEntry {
  code: string;
  name: string;
  /** BCP 47 tag of the name when it is not in the page's language (an English fallback). */
  nameLang?: string;
  count: number;
}

/**
 * The provinces index of one language: every current province, and the former ones
 * that articles name, each with its article count, sorted with the language's collation.
 */
export function provinceDirectory(registry: Registry, articles: { source: { province: string } }[], locale: string) {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.source.province, (counts.get(a.source.province) ?? 0) + 1);
  const cmp = collator(locale);
  const entry = (code: string): DirectoryEntry => {
    const { name, lang } = provinceLabel(registry, code, locale);
    return { code, name, nameLang: lang, count: counts.get(code) ?? 0 };
  };
  const all = [...registry.provinces.values()];
  const sort = (list: DirectoryEntry[]) => list.sort((a, b) => cmp.compare(a.name, b.name));
  return {
    current: sort(all.filter((p) => !p.former).map((p) => entry(p.code))),
    former: sort(all.filter((p) => p.former && counts.has(p.code)).map((p) => entry(p.code))),
  };
}

/** Province codes that get a page: every current province and every one an article names. */
export function provinceCodesWithPages(registry: Registry, articles: { source: { province: string } }[]): string[] {
  const named = new Set(articles.map((a) => a.source.province));
  return [...registry.provinces.values()].filter((p) => !p.former || named.has(p.code)).map((p) => p.code);
}
