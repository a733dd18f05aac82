import { getLanguage } from './languages.ts';

const cache = new Map<string, Intl.DisplayNames>();

/** The name of language `code` in the language of `locale`: languageNameIn('vi', 'en') → 'Vietnamese'. */
export function languageNameIn(code: string, locale: string): string {
  const intl = getLanguage(locale).intl;
  let names = cache.get(intl);
  if (!names) {
    names = new Intl.DisplayNames([intl, 'en'], { type: 'language' });
    cache.set(intl, names);
  }
  return names.of(getLanguage(code).bcp47.split('-')[0]) ?? getLanguage(code).englishName;
}
