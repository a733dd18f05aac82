/**
 * The pages a renamed article leaves at its old addresses: in the reader's language, in
 * the site's look, sending the browser on to the new address (meta refresh) and search
 * engines too (canonical, noindex) — not Astro's English "Redirecting…" page.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, OUTPUT, page, readBuilt, ROOT, TEST_SITE_URL, type BuildResult } from '../helpers/fixture-site.ts';
import { brokenInternalLinks } from '../helpers/internal-links.ts';
import { getLanguage, LOCALES } from '../../src/lib/languages.ts';
import { t } from '../../src/lib/strings.ts';

// Folders of this run's own: two suites running at once must not share a build.
const CONTENT = path.join(OUTPUT, `moved-content-${process.pid}`);
const NAME = `moved-site-${process.pid}`;
const OLD_NAMES = ['tin-ten-cu', 'tin-ten-giua'];

let build: BuildResult;

beforeAll(() => {
  fs.rmSync(CONTENT, { recursive: true, force: true });
  fs.mkdirSync(CONTENT, { recursive: true });
  for (const f of ['provinces.yaml', 'tags.yaml']) fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'hostile', f), path.join(CONTENT, f));
  const article = (slug: string, locale: string, front: string) => {
    fs.mkdirSync(path.join(CONTENT, 'articles', slug), { recursive: true });
    fs.writeFileSync(path.join(CONTENT, 'articles', slug, `${locale}.md`), `---\n${front}\n---\nNội dung.\n`);
  };
  // Renamed twice; translated into English only. `tin-khac` names a live article: no redirect there.
  article('tin-doi-ten', 'vi', `title: Bài đã đổi tên\ndate: 2025-03-01\nprovince: hue\nauthor: Lan\naliases: [${OLD_NAMES.join(', ')}, tin-khac]`);
  article('tin-doi-ten', 'en', 'title: A renamed story');
  article('tin-khac', 'vi', 'title: Bài khác\ndate: 2025-02-01\nprovince: hue\nauthor: Lan');
  build = buildSite(CONTENT, NAME);
});

afterAll(() => {
  fs.rmSync(CONTENT, { recursive: true, force: true });
  fs.rmSync(path.join(OUTPUT, NAME), { recursive: true, force: true });
});

describe('the pages a renamed article leaves behind', () => {
  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('stand at every old address, in every language, in that language', () => {
    for (const l of LOCALES) {
      for (const old of OLD_NAMES) {
        const url = `/${l}/articles/${old}/`;
        const $ = page(url, build.dist);
        const tr = t(l);
        expect($('html').attr('lang'), url).toBe(getLanguage(l).bcp47);
        expect($('html').attr('dir'), url).toBe(getLanguage(l).dir);
        expect($('title').text(), url).toBe(`${tr('moved_title')} – ${tr('site_name')}`);
        expect($('h1').text(), url).toBe(tr('moved_title'));
        expect($('main').text(), url).toContain(tr('moved_text'));
        expect($('main a').text(), url).toBe(tr('moved_link'));
      }
    }
  });

  it('send the reader and search engines on to the new address', () => {
    for (const l of LOCALES) {
      for (const old of OLD_NAMES) {
        const url = `/${l}/articles/${old}/`;
        const target = `/${l}/articles/tin-doi-ten/`;
        const $ = page(url, build.dist);
        expect($('meta[http-equiv="refresh"]').attr('content'), url).toBe(`0; url=${target}`);
        expect($('link[rel="canonical"]').attr('href'), url).toBe(`${TEST_SITE_URL}${target}`);
        expect($('meta[name="robots"]').attr('content'), url).toBe('noindex');
        expect($('main a').attr('href'), url).toBe(target);
        // Not a page of its own in any language: no hreflang alternates, nothing for search.
        expect($('link[rel="alternate"][hreflang]').length, url).toBe(0);
        expect($('[data-pagefind-body]').length, url).toBe(0);
      }
    }
  });

  it("are the site's pages, not Astro's English redirect page", () => {
    const html = readBuilt('/km/articles/tin-ten-cu/', build.dist);
    expect(html).not.toMatch(/Redirecting/i);
    const $ = page('/km/articles/tin-ten-cu/', build.dist);
    // The site's stylesheet (and the language's fonts), as on every page.
    const sheets = $('link[rel="stylesheet"]')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(sheets.some((h) => /^\/_astro\/site\.[\w-]+\.css$/.test(h))).toBe(true);
    expect(sheets).toContain('/fonts/km.css');
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });

  it("name the article in the reader's language, marking the source's language where there is no translation", () => {
    expect(page('/en/articles/tin-ten-cu/', build.dist)('main cite').text()).toBe('A renamed story');
    expect(page('/en/articles/tin-ten-cu/', build.dist)('main cite').attr('lang')).toBeUndefined();
    const fr = page('/fr/articles/tin-ten-cu/', build.dist)('main cite');
    expect([fr.text(), fr.attr('lang')]).toEqual(['Bài đã đổi tên', 'vi']);
  });

  it('leave a live article alone: an old name that is an article again keeps that article', () => {
    const $ = page('/vi/articles/tin-khac/', build.dist);
    expect($('meta[http-equiv="refresh"]').length).toBe(0);
    expect($('h1').text()).toBe('Bài khác');
    expect(page('/vi/articles/tin-doi-ten/', build.dist)('meta[http-equiv="refresh"]').length).toBe(0);
  });

  it('stay out of the sitemap', () => {
    const sitemaps = fs.readdirSync(build.dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const text = sitemaps.map((f) => readBuilt(`/${f}`, build.dist)).join('');
    expect(text).toContain(`${TEST_SITE_URL}/vi/articles/tin-doi-ten/`);
    for (const old of OLD_NAMES) expect(text).not.toContain(old);
  });

  it('link only to pages that exist', () => {
    expect(brokenInternalLinks(build.dist, TEST_SITE_URL)).toEqual([]);
  });
});

const VNU = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

describe.skipIf(!hasJava)('the pages a renamed article leaves behind are valid HTML (W3C Nu Html Checker)', () => {
  it('reports no errors', () => {
    const files = ['vi', 'en', 'lo', 'km'].map((l) => path.join(build.dist, l, 'articles', 'tin-ten-cu', 'index.html'));
    const result = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8' });
    const messages = (JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] })
      .messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });
});
