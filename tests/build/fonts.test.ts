import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { exists, fixtureDist, page, readBuilt } from '../helpers/fixture-site.ts';
import { coversText, parseUnicodeRange, rangeOf } from '../../src/lib/unicode-range.ts';

/** The font files a page preloads, in order. */
function preloads(urlPath: string): string[] {
  const $ = page(urlPath);
  return $('link[rel=preload][as=font]')
    .map((_, l) => $(l).attr('href')!)
    .get();
}

describe('web fonts', () => {
  it('preloads exactly the Lao font files on a Lao page: regular and bold of the Lao subset', () => {
    for (const p of ['/lo/', '/lo/articles/da-nang-doan-lao/', '/lo/articles/hue-toa-dam/', '/lo/search/']) {
      expect(preloads(p), p).toEqual(['/fonts/files/noto-sans-lao-lao-400-normal.woff2', '/fonts/files/noto-sans-lao-lao-700-normal.woff2']);
    }
    const $ = page('/lo/articles/da-nang-doan-lao/');
    for (const link of $('link[rel=preload][as=font]').toArray()) {
      // A font preload without crossorigin is fetched twice; the type lets a browser skip what it cannot read.
      expect($(link).attr('type')).toBe('font/woff2');
      expect($(link).attr('crossorigin')).toBeDefined();
    }
    // What is preloaded is what the font stylesheet uses, and it is built.
    const css = readBuilt('/fonts/lo.css');
    for (const href of preloads('/lo/')) {
      expect(css).toContain(`url(${href})`);
      expect(exists(href), href).toBe(true);
    }
    // The preloads come before the stylesheets, so the fonts start loading with them.
    const head = readBuilt('/lo/').split('</head>')[0];
    expect(head.indexOf('rel="preload"')).toBeLessThan(head.indexOf('/fonts/lo.css'));
  });

  it('preloads exactly the Khmer font files on a Khmer page', () => {
    expect(preloads('/km/articles/hue-toa-dam/')).toEqual([
      '/fonts/files/noto-sans-khmer-khmer-400-normal.woff2',
      '/fonts/files/noto-sans-khmer-khmer-700-normal.woff2',
    ]);
  });

  it('preloads no font on pages in a script the system fonts cover', () => {
    for (const p of ['/vi/', '/vi/articles/hue-toa-dam/', '/en/articles/hue-toa-dam/', '/fr/search/', '/zh/', '/zh/articles/hue-toa-dam/', '/zh/search/']) {
      expect(preloads(p), p).toEqual([]);
      expect(page(p)('link[rel=preload]').length, p).toBe(0);
    }
  });

  it('swaps the web font in when it arrives, so text never waits for it (or stays in a fallback for good)', () => {
    for (const locale of ['lo', 'km']) {
      const rules = readBuilt(`/fonts/${locale}.css`).split('@font-face').slice(1);
      expect(rules.length).toBe(2);
      for (const rule of rules) expect(rule).toMatch(/font-display:\s*swap/);
    }
  });

  it('gives the names of Lao, Khmer and Chinese a font of their own letters only, on every page', () => {
    const css = readBuilt('/en/');
    const rules = [...css.matchAll(/src:url\((\/fonts\/names\/[\w-]+\.woff2)\) format\('woff2'\);unicode-range:([^;]+);/g)].map((m) => ({
      url: m[1],
      range: m[2],
    }));
    const letters = (url: string) => parseUnicodeRange(rules.find((r) => r.url === url)!.range);
    for (const [code, name] of [
      ['lo', 'ລາວ'],
      ['zh', '中文'],
      ['km', 'ខ្មែរ'],
    ]) {
      const mine = rules.filter((r) => r.url.startsWith(`/fonts/names/${code}`));
      expect(mine.length, code).toBeGreaterThan(0);
      // Together the files cover exactly the name's letters, and each is a few KB at most.
      expect(
        coversText(
          mine.flatMap((r) => letters(r.url)),
          name,
        ),
        code,
      ).toBe(true);
      expect(rangeOf(name).split(',').sort()).toEqual(mine.flatMap((r) => r.range.split(',')).sort());
      for (const r of mine) {
        const file = path.join(fixtureDist(), r.url);
        expect(fs.statSync(file).size, r.url).toBeLessThan(4096);
        expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('wOF2');
      }
      for (const p of ['/', '/vi/articles/hue-toa-dam/', '/km/']) for (const r of mine) expect(readBuilt(p), p).toContain(`src:url(${r.url})`);
      expect(page('/en/')('.lang-switcher [lang]').text()).toContain(name);
    }
    // Latin names need none.
    expect(exists('/fonts/names/en.woff2')).toBe(false);
  });
});
