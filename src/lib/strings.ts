import { LOCALES, DEFAULT_LOCALE } from './languages.ts';
import vi from '../data/strings/vi.json' with { type: 'json' };
import en from '../data/strings/en.json' with { type: 'json' };
import fr from '../data/strings/fr.json' with { type: 'json' };
import lo from '../data/strings/lo.json' with { type: 'json' };
import zh from '../data/strings/zh.json' with { type: 'json' };
import km from '../data/strings/km.json' with { type: 'json' };

export type StringKey = keyof typeof vi;
type Catalogue = Record<StringKey, string>;

/** UI strings per locale; each file must have every key of the default language's file. */
export const STRINGS: Record<string, Catalogue> = { vi, en, fr, lo, zh, km };

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
