import languages from '../data/languages.json' with { type: 'json' };
import site from '../data/site.json' with { type: 'json' };

/** One language of the site, declared once in src/data/languages.json. */
export interface Language {
  /** URL segment and file name of a translation: `zh`. */
  code: string;
  /** Name in its own script, for the language switcher: `中文`. */
  name: string;
  englishName: string;
  /** BCP 47 tag for `lang` and `hreflang`: `zh-Hans`. */
  bcp47: string;
  /** Locale given to Intl for dates, numbers and collation: `zh-Hans-CN`. */
  intl: string;
  dir: 'ltr' | 'rtl';
  /** Self-hosted web font for scripts that phones may lack, or null for system fonts. */
  font: {
    family: string;
    package: string;
    /** @fontsource stylesheets to take the @font-face rules from. */
    css: string[];
  } | null;
  /** Written without spaces between words (search must segment it). */
  segmented: boolean;
}

export const LANGUAGES = languages as Language[];
export const LOCALES = LANGUAGES.map((l) => l.code);
export const DEFAULT_LOCALE: string = site.defaultLocale;

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** Whether `code` is a configured locale: isLocale('km') → true, isLocale('de') → false. */
export function isLocale(code: string): boolean {
  return byCode.has(code);
}

/** The language for a locale code; unknown codes get the default language. */
export function getLanguage(code: string): Language {
  return byCode.get(code) ?? byCode.get(DEFAULT_LOCALE)!;
}
