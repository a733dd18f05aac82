import { describe, expect, it } from 'vitest';
import { articleStamp, cacheKey } from '../../src/lib/cache-key.ts';

const article = (digest: string) => ({
  slug: 'a',
  versions: new Map([
    ['vi', { entry: { id: '2025/a/vi', digest } }],
    ['en', { entry: { id: '2025/a/en', digest: 'e1' } }],
  ]),
});

describe('cache keys for incremental builds', () => {
  it('are stable for the same content and change with any file of the article', () => {
    expect(cacheKey(['vi', articleStamp(article('d1'))])).toBe(cacheKey(['vi', articleStamp(article('d1'))]));
    expect(cacheKey(['vi', articleStamp(article('d2'))])).not.toBe(cacheKey(['vi', articleStamp(article('d1'))]));
    expect(articleStamp(article('d1'))).toBe('a|2025/a/vi@d1|2025/a/en@e1');
  });

  it("change when the cover picture's bytes change under the same file name", () => {
    const withCover = (src: string) => ({ slug: 'a', versions: new Map([['vi', { entry: { id: '2025/a/vi', digest: 'd1', data: { image: { src } } } }]]) });
    expect(articleStamp(withCover('/_astro/cover.AbC.jpg'))).toBe('a|2025/a/vi@d1#/_astro/cover.AbC.jpg');
    expect(articleStamp(withCover('/_astro/cover.XyZ.jpg'))).not.toBe(articleStamp(withCover('/_astro/cover.AbC.jpg')));
  });
});
