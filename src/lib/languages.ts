import { LANGUAGES, SETTINGS, type Language } from './settings.ts';

/** One language of the site, declared once in src/data/languages.json (schema in settings.ts). */
export { LANGUAGES, type Language };

export const LOCALES = LANGUAGES.map((l) => l.code);
export const DEFAULT_LOCALE: string = SETTINGS.defaultLocale;

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** Whether `code` is a configured locale: isLocale('km') → true, isLocale('de') → false. */
export function isLocale(code: string): boolean {
  return byCode.has(code);
}

/** The language for a locale code; unknown codes get the default language. */
export function getLanguage(code: string): Language {
  return byCode.get(code) ?? byCode.get(DEFAULT_LOCALE)!;
}
