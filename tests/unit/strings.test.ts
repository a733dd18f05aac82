import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/languages.ts';
import { STRINGS, missingKeys, t } from '../../src/lib/strings.ts';

describe('UI strings', () => {
  it.each(LOCALES)('has every key of the default language in %s', (locale) => {
    expect(STRINGS[locale], `src/data/strings/${locale}.json is missing`).toBeDefined();
    expect(missingKeys(locale)).toEqual([]);
  });

  it.each(LOCALES)('keeps the same placeholders as the default language in %s', (locale) => {
    for (const [key, text] of Object.entries(STRINGS.vi)) {
      const want = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const got = [...(STRINGS[locale] as Record<string, string>)[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(got, `${locale}.${key}`).toEqual(want);
    }
  });

  it('fills placeholders', () => {
    expect(t('en')('page_n_of', { n: 2, total: 5 })).toBe('Page 2 of 5');
    expect(t('zh')('page_n', { n: 3 })).toBe('第3页');
  });
});
