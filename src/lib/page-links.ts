import { LOCALES } from './languages.ts';

/** A page's path in each of the given locales: everyLanguage((l) => `/${l}/`) → { vi: '/vi/', en: '/en/', … }. */
export function everyLanguage(pathFor: (locale: string) => string, locales: string[] = LOCALES): Record<string, string> {
  return Object.fromEntries(locales.map((l) => [l, pathFor(l)]));
}
