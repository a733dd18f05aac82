/**
 * No link of a built site points at a page or file the build did not make: on the fixture
 * site (with its hostile and edge-case articles) and on the example site that ships in
 * content/ (its tags, provinces, translations and feeds as a newsroom would have them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureDist, OUTPUT, ROOT, TEST_SITE_URL } from '../helpers/fixture-site.ts';
import { brokenInternalLinks } from '../helpers/internal-links.ts';

const NAME = `example-links-${process.pid}`;
afterAll(() => fs.rmSync(path.join(OUTPUT, NAME), { recursive: true, force: true }));

describe('internal links', () => {
  it('all resolve on the fixture site', () => {
    expect(brokenInternalLinks(fixtureDist(), TEST_SITE_URL)).toEqual([]);
  });

  it('all resolve on the example site', () => {
    const built = buildSite(path.join(ROOT, 'content'), NAME);
    expect(built.status, built.stderr).toBe(0);
    expect(brokenInternalLinks(built.dist, TEST_SITE_URL)).toEqual([]);
  }, 600_000);

  it('would report a link to a missing page (the check can fail)', () => {
    const dir = path.join(OUTPUT, NAME, 'probe');
    fs.mkdirSync(path.join(dir, 'vi'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'vi', 'index.html'), '<a href="/vi/">ok</a><a href="/vi/tags//">x</a><img src="../anh.jpg" srcset="/vi/ 1x, /b.jpg 2x">');
    fs.writeFileSync(
      path.join(dir, 'vi', 'rss.xml'),
      `<rss><channel><link>${TEST_SITE_URL}/vi/</link><item><description>&lt;img src="${TEST_SITE_URL}/vi/x.png"&gt;</description></item></channel></rss>`,
    );
    expect(brokenInternalLinks(dir, TEST_SITE_URL)).toEqual([
      { page: 'vi/index.html', url: '/vi/tags//' },
      { page: 'vi/index.html', url: '../anh.jpg' },
      { page: 'vi/index.html', url: '/b.jpg' },
      { page: 'vi/rss.xml', url: `${TEST_SITE_URL}/vi/x.png` },
    ]);
  });
});
