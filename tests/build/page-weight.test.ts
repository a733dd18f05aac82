import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page, readBuilt } from '../helpers/fixture-site.ts';

const BUDGET = 40 * 1024;

/** gzip size of a page's HTML plus the stylesheets it links (fonts counted apart). */
function weight(urlPath: string): { html: number; css: number; stylesheets: string[] } {
  const $ = page(urlPath);
  const stylesheets = $('link[rel=stylesheet]')
    .map((_, l) => $(l).attr('href')!)
    .get();
  const css = stylesheets.filter((href) => !href.startsWith('/fonts/')).reduce((sum, href) => sum + gzipSync(readBuilt(href)).length, 0);
  return { html: gzipSync(readBuilt(urlPath)).length, css, stylesheets };
}

describe('page weight', () => {
  it.each(['/vi/', '/en/', '/vi/articles/hue-toa-dam/', '/en/articles/hue-toa-dam/', '/km/articles/hue-toa-dam/', '/lo/articles/da-nang-doan-lao/'])(
    '%s needs at most 40 KB of HTML+CSS (gzip) and no JavaScript',
    (p) => {
      const w = weight(p);
      expect(w.html + w.css).toBeLessThanOrEqual(BUDGET);
      expect(page(p)('script:not([type="application/ld+json"])').length).toBe(0);
    },
  );

  it('uses one small cached stylesheet for the site', () => {
    const sheets = new Set(
      ['/vi/', '/en/articles/hue-toa-dam/', '/zh/provinces/'].flatMap((p) => weight(p).stylesheets.filter((h) => !h.startsWith('/fonts/'))),
    );
    expect(sheets.size).toBe(1);
    const [href] = sheets;
    expect(href).toMatch(/^\/_astro\/.+\.[\w-]{8}\.css$/); // content-hashed: cacheable for ever
    expect(gzipSync(readBuilt(href)).length).toBeLessThan(6 * 1024);
  });
});
