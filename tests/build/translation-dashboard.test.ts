import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exists, fixtureDist, page, ROOT } from '../helpers/fixture-site.ts';
import { LOCALES, DEFAULT_LOCALE } from '../../src/lib/languages.ts';
import { isUnlisted, translationStatusUrl } from '../../src/lib/paths.ts';
import { listArticlePaths, readArticleFile } from '../../src/lib/content-files.ts';
import { parseContentDate } from '../../src/lib/dates.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site');

/** Count, straight from the fixture's files, published sources and their translations per language. */
function fixtureCounts() {
  const files = listArticlePaths(FIXTURE).map(readArticleFile);
  const now = new Date();
  const published = new Set(
    files.filter((f) => f.locale === DEFAULT_LOCALE && f.data.draft !== true && parseContentDate(f.data.date)! <= now).map((f) => f.slug),
  );
  const translated = (l: string) => files.filter((f) => f.locale === l && published.has(f.slug) && f.data.draft !== true).length;
  return { sources: published.size, translated };
}

describe('a translation made from an older source', () => {
  it('tells readers the original changed, linking to it', () => {
    const $ = page('/en/articles/tay-ninh-ban-dich-cu/');
    const notice = $('.notice-stale');
    expect(notice.length).toBe(1);
    expect(notice.find('a').attr('href')).toBe('/vi/articles/tay-ninh-ban-dich-cu/');
    expect(notice.text()).toBe('The original article was updated after this translation was made. Read the original');
    expect($('h1').text()).toBe('Tay Ninh opens Vietnamese classes for Cambodian friends');
  });

  it('shows no notice on a translation that records the current source version', () => {
    expect(page('/fr/articles/tay-ninh-ban-dich-cu/')('.notice').length).toBe(0);
  });

  it('shows no stale notice on the source itself', () => {
    expect(page('/vi/articles/tay-ninh-ban-dich-cu/')('.notice').length).toBe(0);
  });
});

describe('the translation dashboard', () => {
  it('exists in every language, noindex, out of search, and in the unlisted paths', () => {
    for (const l of LOCALES) {
      const url = translationStatusUrl(l);
      expect(exists(url), url).toBe(true);
      const $ = page(url);
      expect($('meta[name=robots]').attr('content')).toBe('noindex');
      expect($('[data-pagefind-body]').length).toBe(0);
      expect($('main [data-pagefind-ignore=all]').length).toBe(1);
      expect(isUnlisted(url)).toBe(true);
    }
    expect(isUnlisted('/en/articles/hue-toa-dam/')).toBe(false);
  });

  it('is linked from no reader page', () => {
    const dist = fixtureDist();
    const linking: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (
          e.name.endsWith('.html') &&
          !full.includes(`${path.sep}translation-status${path.sep}`) &&
          fs.readFileSync(full, 'utf8').includes('translation-status/')
        )
          linking.push(full);
      }
    };
    walk(dist);
    expect(linking).toEqual([]);
  });

  it('counts translated and missing per language as the content folder has them', () => {
    const { sources, translated } = fixtureCounts();
    const $ = page('/en/translation-status/');
    for (const l of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      const row = $(`tr[data-lang=${l}]`);
      expect(row.find('td[data-col=translated]').text(), l).toBe(`${translated(l)}/${sources}`);
      expect(Number(row.find('td[data-col=missing]').text()), l).toBe(sources - translated(l));
    }
  });

  it('lists the stale translation in its language only, with its source date', () => {
    const $ = page('/en/translation-status/');
    const en = $('details[data-lang=en] tr[data-slug=tay-ninh-ban-dich-cu]');
    expect(en.attr('data-state')).toBe('stale');
    expect(en.find('a').attr('href')).toBe('/vi/articles/tay-ninh-ban-dich-cu/');
    expect(en.find('time').attr('datetime')).toBe('2024-11-05T00:00:00+07:00');
    expect(Number($('tr[data-lang=en] td[data-col=stale]').text())).toBeGreaterThanOrEqual(1);
    expect($('details[data-lang=fr] tr[data-slug=tay-ninh-ban-dich-cu]').length).toBe(0);
    expect($('details[data-lang=km] tr[data-slug=tay-ninh-ban-dich-cu]').attr('data-state')).toBe('missing');
  });

  it('lists machine translations awaiting review', () => {
    const review = page('/vi/translation-status/')('[data-list=review]').text();
    expect(review).toContain('tests/fixtures/site/articles/2025/da-nang-doan-lao/lo.md');
  });

  it('never shows the headline of a draft or a scheduled article', () => {
    const html = page('/en/translation-status/').html();
    expect(html).not.toContain('tin-tuong-lai');
    expect(html).not.toContain('ban-nhap');
  });

  it("speaks the reader's language", () => {
    expect(page('/fr/translation-status/')('h1').text()).toBe('État des traductions');
    expect(page('/km/translation-status/')('html').attr('lang')).toBe('km');
  });
});
