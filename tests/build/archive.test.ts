/**
 * The archive of the fixture site: /<lang>/archive/ lists the years that have articles,
 * /<lang>/archive/<year>/ that year's articles, newest first, in every language; every
 * page's footer links to it, and the sitemap lists it with its alternates.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exists, fixtureDist, page, readBuilt, ROOT, TEST_SITE_URL } from '../helpers/fixture-site.ts';
import { listArticlePaths, readArticleFile } from '../../src/lib/content-files.ts';
import { parseContentDate, siteYear } from '../../src/lib/dates.ts';
import { getLanguage, LOCALES } from '../../src/lib/languages.ts';
import { languageNameIn } from '../../src/lib/language-names.ts';
import { archiveUrl } from '../../src/lib/paths.ts';
import { t } from '../../src/lib/strings.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site');

/** The published articles of the fixture, as the site should file them: year → slugs, newest first. */
function expectedYears(): Map<number, string[]> {
  const now = new Date();
  const sources = listArticlePaths(FIXTURE)
    .map((f) => readArticleFile(f))
    .filter((f) => f.locale === 'vi' && f.data?.draft !== true)
    .map((f) => ({ slug: f.slug, date: parseContentDate(f.data?.date)! }))
    .filter((a) => a.date <= now)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  const years = new Map<number, string[]>();
  for (const a of sources) years.set(siteYear(a.date), [...(years.get(siteYear(a.date)) ?? []), a.slug]);
  return new Map([...years].sort(([a], [b]) => b - a));
}

/** The articles a year's pages list, following its pagination: slug and datetime of each. */
function listed(locale: string, year: number): { slug: string; datetime: string }[] {
  const items: { slug: string; datetime: string }[] = [];
  for (let url: string | undefined = archiveUrl(locale, year); url;) {
    const $ = page(url);
    $('ol.article-list > li').each((_, li) => {
      const href = $(li).find('h2 a').attr('href') ?? '';
      items.push({ slug: href.split('/')[3], datetime: $(li).find('time').attr('datetime') ?? '' });
    });
    url = $('a[rel="next"]').attr('href');
  }
  return items;
}

const years = expectedYears();

describe('the archive of the fixture site', () => {
  it('has the years of the published articles only (no draft, no future article)', () => {
    expect([...years.keys()]).toEqual([2025, 2024, 2023, 2022]);
    expect(years.get(2023)).toHaveLength(8);
  });

  it('lists the years, newest first, in every language', () => {
    for (const l of LOCALES) {
      const $ = page(archiveUrl(l));
      const tr = t(l);
      expect($('html').attr('lang'), l).toBe(getLanguage(l).bcp47);
      expect($('h1').text(), l).toBe(tr('archive'));
      expect($('main').text(), l).toContain(tr('archive_years'));
      expect($('title').text(), l).toContain(tr('archive'));
      const links = $('main a')
        .map((_, a) => [[$(a).attr('href'), $(a).text()]])
        .get();
      expect(links, l).toEqual([...years.keys()].map((y) => [archiveUrl(l, y), String(y)]));
    }
  });

  it("lists each year's articles only, newest first, in every language", () => {
    for (const l of LOCALES) {
      for (const [year, slugs] of years) {
        const items = listed(l, year);
        expect(
          items.map((i) => i.slug),
          `${l} ${year}`,
        ).toEqual(slugs);
        // The dates shown are the site's (+07:00): the year on each is the page's.
        for (const i of items) expect(i.datetime.slice(0, 4), `${l} ${year} ${i.slug}`).toBe(String(year));
        const $ = page(archiveUrl(l, year));
        expect($('h1').text(), l).toBe(t(l)('archive_year', { year }));
        expect($('title').text(), l).toContain(t(l)('archive_year', { year }));
      }
      expect(exists(archiveUrl(l, 2026)), l).toBe(false);
      expect(exists(archiveUrl(l, 2030)), l).toBe(false);
    }
  });

  it("shows each article in the reader's language, and marks a fallback as the lists do", () => {
    const $ = page('/en/archive/2025/');
    expect($('a[href="/en/articles/hue-toa-dam/"]').attr('lang')).toBeUndefined();
    expect($('a[href="/en/articles/hue-toa-dam/"]').text()).toBe('Hue holds a seminar on people-to-people diplomacy');
    const fallback = $('a[href="/en/articles/nfd-da-nang/"]');
    expect(fallback.attr('lang')).toBe('vi');
    expect(fallback.closest('li').text()).toContain(t('en')('original_language', { language: languageNameIn('vi', 'en') }));
  });

  it('has its language, canonical address and every language as hreflang alternates', () => {
    for (const url of ['/km/archive/', '/km/archive/2024/']) {
      const $ = page(url);
      expect($('html').attr('lang')).toBe('km');
      expect($('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE_URL}${url}`);
      const alternates = $('link[rel="alternate"][hreflang]')
        .map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]])
        .get();
      expect(alternates).toEqual([
        ...LOCALES.map((l) => [getLanguage(l).bcp47, `${TEST_SITE_URL}${url.replace('/km/', `/${l}/`)}`]),
        ['x-default', `${TEST_SITE_URL}${url.replace('/km/', '/vi/')}`],
      ]);
      // The language switcher leads to the same page in the other languages.
      expect($(`.lang-switcher a[hreflang="en"]`).attr('href')).toBe(url.replace('/km/', '/en/'));
      // No JavaScript (the breadcrumbs' structured data is not a script that runs).
      expect($('script:not([type="application/ld+json"])').length).toBe(0);
    }
  });

  it('is linked from the footer of every page, in its language', () => {
    for (const l of LOCALES) {
      for (const url of [`/${l}/`, `/${l}/articles/hue-toa-dam/`, `/${l}/provinces/`, archiveUrl(l, 2025)]) {
        const link = page(url)('footer a[href="' + archiveUrl(l) + '"]');
        expect(link.text(), url).toBe(t(l)('archive'));
      }
    }
  });

  it('is in the sitemap, each page linked to every language', () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name) });
    const index = xml.parse(readBuilt('/sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
    const urls = index.flatMap((s) => xml.parse(readBuilt(new URL(s.loc).pathname)).urlset.url) as {
      loc: string;
      'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
    }[];
    for (const l of LOCALES) {
      for (const url of [archiveUrl(l), ...[...years.keys()].map((y) => archiveUrl(l, y))]) {
        const entry = urls.find((u) => u.loc === `${TEST_SITE_URL}${url}`);
        expect(entry, url).toBeDefined();
        expect(
          entry!['xhtml:link']!.map((x) => x['@_hreflang']),
          url,
        ).toEqual([...LOCALES.map((c) => getLanguage(c).bcp47), 'x-default']);
      }
    }
  });
});

const VNU = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

describe.skipIf(!hasJava)('the archive pages are valid HTML (W3C Nu Html Checker)', () => {
  it('reports no errors on the years and a year, in a Latin and a Khmer script language', () => {
    const files = ['vi', 'km'].flatMap((l) => [archiveUrl(l), archiveUrl(l, 2025)]).map((u) => path.join(fixtureDist(), u, 'index.html'));
    const result = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8' });
    const messages = (JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] })
      .messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });
});
