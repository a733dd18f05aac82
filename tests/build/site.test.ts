import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exists, fixtureDist, page, readBuilt, TEST_SITE_URL } from '../helpers/fixture-site.ts';
import { LOCALES } from '../../src/lib/languages.ts';

/** Every built HTML page, as URL paths. */
function allPages(): string[] {
  const dist = fixtureDist();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html') out.push('/' + path.relative(dist, dir).split(path.sep).join('/') + (dir === dist ? '' : '/'));
    }
  };
  walk(dist);
  return out.map((p) => p.replace(/^\/\/$/, '/'));
}

describe('the built fixture site', () => {
  it('has the URL layout of the README in every language', () => {
    for (const l of LOCALES) {
      for (const p of [
        `/${l}/`,
        `/${l}/page/2/`,
        `/${l}/articles/hue-toa-dam/`,
        `/${l}/provinces/`,
        `/${l}/provinces/hue/`,
        `/${l}/tags/huu-nghi/`,
        `/${l}/search/`,
        `/${l}/rss.xml`,
      ]) {
        expect(exists(p), p).toBe(true);
      }
    }
    expect(exists('/')).toBe(true);
    expect(exists('/404.html')).toBe(true);
  });

  it('gives every page <html lang>, a canonical link, hreflang alternates and its feed', () => {
    for (const p of allPages().filter((p) => p !== '/')) {
      const $ = page(p);
      expect($('html').attr('lang'), p).toBeTruthy();
      expect($('link[rel=canonical]').attr('href'), p).toMatch(new RegExp(`^${TEST_SITE_URL}/`));
      if (!p.startsWith('/404')) expect($('link[rel=alternate][hreflang]').length, p).toBeGreaterThan(0);
      expect($('link[rel=alternate][type="application/rss+xml"]').length, p).toBeGreaterThan(0);
    }
  });

  it('links every page to itself in each language, and every such link exists', () => {
    for (const p of allPages().filter((p) => p !== '/')) {
      const $ = page(p);
      const links = $('.lang-switcher a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links.length, p).toBe(LOCALES.length - 1);
      for (const href of links) expect(exists(href), `${p} → ${href}`).toBe(true);
    }
  });

  it('shows the source with a notice where a translation is missing', () => {
    const $ = page('/km/articles/hue-toa-dam/');
    expect($('html').attr('lang')).toBe('km');
    expect($('.notice-fallback').text()).toContain('មិនទាន់មាន');
    expect($('.prose').attr('lang')).toBe('vi');
    expect($('h1').attr('lang')).toBe('vi');
    expect($('link[rel=canonical]').attr('href')).toBe(`${TEST_SITE_URL}/vi/articles/hue-toa-dam/`);
    const hreflangs = $('link[rel=alternate][hreflang]')
      .map((_, l) => $(l).attr('hreflang'))
      .get();
    expect(hreflangs).not.toContain('km');
    expect(hreflangs).toEqual(expect.arrayContaining(['vi', 'en']));
  });

  it('shows a real translation without a notice, and names its translator', () => {
    const $ = page('/en/articles/hue-toa-dam/');
    expect($('.notice').length).toBe(0);
    expect($('h1').text()).toBe('Hue holds a seminar on people-to-people diplomacy');
    expect($('.byline').text()).toContain('Translated by Tran Minh');
    expect($('link[rel=canonical]').attr('href')).toBe(`${TEST_SITE_URL}/en/articles/hue-toa-dam/`);
  });

  it('marks machine translations', () => {
    expect(page('/lo/articles/da-nang-doan-lao/')('.notice-machine').text()).toContain('ແປດ້ວຍເຄື່ອງ');
  });

  it('inherits province and tags into translations, with names from the registries', () => {
    const $ = page('/en/articles/da-nang-doan-lao/');
    expect($('.meta a[href="/en/provinces/da-nang/"]').text()).toBe('Da Nang');
    expect(
      $('.tags a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Laos', 'friendship']);
  });

  it('shows the site day of a late-evening article in every language, whatever TZ the build had', () => {
    for (const l of LOCALES) {
      const $ = page(`/${l}/articles/hue-toa-dam/`);
      expect($('.meta time').attr('datetime')).toBe('2025-09-12T23:30:00+07:00');
      expect($('.meta time').text()).toMatch(/12/);
    }
    expect(page('/en/articles/hue-toa-dam/')('.meta time').text()).toBe('12 September 2025');
  });

  it('sorts the provinces index with the language collation', () => {
    const names = page('/vi/provinces/')('.province-list')
      .first()
      .find('a')
      .map((_, a) => page('/vi/provinces/')(a).text())
      .get();
    expect(names).toEqual(['An Giang', 'Đà Nẵng', 'Huế', 'Tây Ninh']);
    expect(page('/vi/provinces/')('h2').text()).toContain('Tỉnh cũ');
  });

  it('paginates the latest articles', () => {
    const first = page('/vi/');
    expect(first('.article-item').length).toBe(10);
    expect(first('.pagination a[rel=next]').attr('href')).toBe('/vi/page/2/');
    const second = page('/vi/page/2/');
    expect(second('.article-item').length).toBeGreaterThan(0);
    expect(second('.pagination a[rel=prev]').attr('href')).toBe('/vi/');
  });

  it('leaves drafts and future-dated articles out', () => {
    expect(exists('/vi/articles/ban-nhap/')).toBe(false);
    expect(exists('/vi/articles/tin-tuong-lai/')).toBe(false);
  });

  it('keeps the space between inline elements (no HTML compression gluing words)', () => {
    expect(readBuilt('/vi/articles/hue-toa-dam/')).toMatch(/<strong>Huế<\/strong> <em>2025<\/em>/);
  });

  it('runs the rehype plugins (unified pipeline): decomposed text becomes NFC', () => {
    const html = readBuilt('/vi/articles/nfd-da-nang/');
    expect(html).toContain('Thành phố Đà Nẵng tiếp đoàn');
    expect(html.normalize('NFC')).toBe(html);
  });

  it('renders MDX articles', () => {
    expect(page('/vi/articles/quang-nam-mdx/')('.prose').text()).toContain('Dự án viện trợ năm 2025');
  });

  it('ships no JavaScript on article and list pages', () => {
    for (const p of ['/vi/', '/en/articles/hue-toa-dam/', '/km/articles/hue-toa-dam/', '/vi/provinces/', '/fr/provinces/hue/', '/zh/tags/huu-nghi/']) {
      expect(page(p)('script:not([type="application/ld+json"])').length, p).toBe(0);
    }
  });

  it('loads a web font only on pages in a script that needs one', () => {
    expect(page('/lo/')('link[href="/fonts/lo.css"]').length).toBe(1);
    expect(page('/km/articles/hue-toa-dam/')('link[href="/fonts/km.css"]').length).toBe(1);
    for (const p of ['/vi/', '/en/articles/hue-toa-dam/', '/fr/provinces/', '/zh/', '/zh/articles/hue-toa-dam/']) {
      expect(page(p)('link[href^="/fonts/"]').length, p).toBe(0);
    }
    const css = readBuilt('/lo/fonts.css'.replace('/lo/fonts.css', '/fonts/lo.css'));
    for (const m of css.matchAll(/url\((\/fonts\/files\/[^)]+)\)/g)) expect(exists(m[1]), m[1]).toBe(true);
    expect(css).toContain("font-family: 'Noto Sans Lao'");
  });

  it("sets Chinese in the system's Simplified Chinese fonts and builds no Chinese web font", () => {
    expect(exists('/fonts/zh.css')).toBe(false);
    expect(fs.readdirSync(path.join(fixtureDist(), 'fonts', 'files')).filter((f) => /noto-sans-sc/.test(f))).toEqual([]);
    expect(page('/zh/')('html').attr('lang')).toBe('zh-Hans'); // the browser picks Simplified forms
    const href = page('/zh/')('link[rel=stylesheet]').attr('href')!;
    const zh = readBuilt(href).match(/\.script-zh\{[^}]+\}/)?.[0] ?? '';
    for (const family of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC']) expect(zh).toContain(family);
  });
});
