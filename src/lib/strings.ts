import { LOCALES, DEFAULT_LOCALE } from './languages.ts';
import type vi from '../data/strings/vi.json';

export type StringKey = keyof typeof vi;
type Catalogue = Record<StringKey, string>;

// Every strings file, found by Vite (the site and the tests run through it): a language
// is added by its entry in languages.json and its file in src/data/strings/, no code.
const FILES = import.meta.glob<Catalogue>('../data/strings/*.json', { eager: true, import: 'default' });

/** UI strings per locale of languages.json; each file must have every key of the default language's file. */
export const STRINGS: Record<string, Catalogue> = Object.fromEntries(
  LOCALES.map((code) => {
    const file = FILES[`../data/strings/${code}.json`];
    if (!file) throw new Error(`src/data/strings/${code}.json is missing: copy ${DEFAULT_LOCALE}.json to it and translate its strings`);
    return [code, file];
  }),
);

/** Keys of the default language missing from a locale's file (empty when complete). */
export function missingKeys(locale: string): string[] {
  const own = STRINGS[locale] ?? {};
  return Object.keys(STRINGS[DEFAULT_LOCALE]).filter((k) => typeof (own as Record<string, string>)[k] !== 'string');
}

/**
 * A translator for one locale: t('en')('page_n', { n: 2 }) → 'Page 2'.
 * `{name}` placeholders are filled from `vars`.
 */
export function t(locale: string) {
  const own = STRINGS[locale] ?? STRINGS[DEFAULT_LOCALE];
  return (key: StringKey, vars: Record<string, string | number> = {}): string => {
    const template = own[key] ?? STRINGS[DEFAULT_LOCALE][key] ?? key;
    return template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  };
}

export { LOCALES };
