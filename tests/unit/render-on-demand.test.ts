import { describe, expect, it } from 'vitest';
import { mayShowPictures, provideRenderOnDemand, renderOnDemand } from '../../src/site/render-on-demand.ts';

describe('mayShowPictures', () => {
  it('says yes for every way a Markdown body shows a picture', () => {
    expect(mayShowPictures('Trước.\n\n![Hội trường](hoi-truong.jpg)\n')).toBe(true);
    expect(mayShowPictures('![Ảnh][1]\n\n[1]: anh.jpg\n')).toBe(true);
    expect(mayShowPictures('<IMG src="anh.jpg">')).toBe(true);
  });

  it('says no for a body of text and links', () => {
    expect(mayShowPictures('Sáng nay tại **Huế**, [một liên kết](https://example.org) và ! [không phải ảnh].\n')).toBe(false);
  });
});

describe('renderOnDemand', () => {
  it('answers with the renderer the content loader provides, and nothing without one', async () => {
    expect(await renderOnDemand('2025/hue/vi')).toBeUndefined();
    provideRenderOnDemand(async (id) => (id === '2025/hue/vi' ? { html: '<p>Huế</p>' } : undefined));
    expect(await renderOnDemand('2025/hue/vi')).toEqual({ html: '<p>Huế</p>' });
    expect(await renderOnDemand('2025/khac/vi')).toBeUndefined();
  });
});
