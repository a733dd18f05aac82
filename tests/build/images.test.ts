import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureDist, page } from '../helpers/fixture-site.ts';

describe('images beside the article', () => {
  it('turns a body image into a responsive, lazy image with its size set', async () => {
    const $ = page('/vi/articles/hue-nhung-ma-nhung/');
    const img = $('.prose img[alt="Hội trường buổi giới thiệu phim"]');
    expect(img.attr('loading')).toBe('lazy');
    expect(img.attr('width')).toBe('2400');
    expect(img.attr('height')).toBe('1500');
    const candidates = img
      .attr('srcset')!
      .split(',')
      .map((c) => c.trim().split(/\s+/));
    expect(candidates.map(([, w]) => w)).toEqual(expect.arrayContaining(['400w', '800w', '1600w']));
    for (const [src, w] of candidates) {
      const file = path.join(fixtureDist(), src);
      expect(fs.existsSync(file), src).toBe(true);
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe('webp');
      expect(`${meta.width}w`).toBe(w);
    }
  });

  it('serves the cover as a <picture> in modern formats, loaded first, and as the Open Graph image', async () => {
    const $ = page('/en/articles/hue-nhung-ma-nhung/');
    const types = $('.cover picture source')
      .map((_, s) => $(s).attr('type'))
      .get();
    expect(types).toEqual(['image/avif', 'image/webp']);
    const img = $('.cover img');
    expect(img.attr('alt')).toBe('Hội trường nhìn từ cuối phòng');
    expect(img.attr('lang')).toBe('vi'); // alt text inherited from the Vietnamese source
    expect(img.attr('loading')).toBe('eager');
    // The fallback <img> is not the editor's 2400 px original: at most 1200 px, as its size says.
    expect(Number(img.attr('width'))).toBe(1200);
    expect(Number(img.attr('height'))).toBe(750);
    const fallback = await sharp(path.join(fixtureDist(), img.attr('src')!)).metadata();
    expect(fallback.width).toBe(1200);
    const og = $('meta[property="og:image"]').attr('content')!;
    expect(og).toMatch(/^https:\/\/bantin\.test\/_astro\/.+\.jpe?g$/);
    const meta = await sharp(path.join(fixtureDist(), new URL(og).pathname)).metadata();
    expect(meta.width).toBe(1200);
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    expect($('meta[property="og:image:height"]').attr('content')).toBe(String(meta.height));
  });

  it('renders the MDX components: figure with caption, pull quote, video embed and gallery', () => {
    const $ = page('/vi/articles/quang-nam-mdx/');
    expect($('.prose figure.figure img').attr('srcset')).toContain('800w');
    expect($('.prose figure.figure figcaption').text()).toBe('Trường học mới ở Quảng Nam Ảnh: Hồ Văn Sơn');
    expect($('.prose .pull-quote blockquote').text()).toBe('Hữu nghị là nền tảng của mọi dự án.');
    expect($('.prose .video iframe').attr('src')).toBe('https://www.youtube-nocookie.com/embed/abc123');
    expect(
      $('.prose .gallery img')
        .map((_, i) => $(i).attr('alt'))
        .get(),
    ).toEqual(['Lễ khởi công', 'Lễ khánh thành']);
  });
});
