import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { leadStory } from '../../src/components/list/lead.ts';
import { fixtureDist, page } from '../helpers/fixture-site.ts';

// Pictures in lists: the home page opens with its latest story large, and every list shows
// a small, light picture beside a story that has a cover (and nothing where it has none).

type Doc = ReturnType<typeof page>;

/** The list's items, as the reader meets them. */
const items = ($: Doc) =>
  $('.article-list > li')
    .toArray()
    .map((li) => $(li));

/** The files a <picture> offers: every candidate of every source and of the fallback <img>. */
function candidates($: Doc, picture: ReturnType<Doc>): string[] {
  const sets = picture
    .find('source, img')
    .map((_, el) => $(el).attr('srcset') ?? '')
    .get();
  return [...new Set([picture.find('img').attr('src')!, ...sets.flatMap((s) => s.split(',').map((c) => c.trim().split(/\s+/)[0]))].filter(Boolean))];
}

const LIST_PAGES = ['vi', 'lo', 'km'].flatMap((l) => [`/${l}/`, `/${l}/page/2/`, `/${l}/provinces/hue/`, `/${l}/provinces/tay-ninh/`, `/${l}/tags/huu-nghi/`]);

describe('the home page of each language', () => {
  it.each([
    // The newest story, which has no cover.
    ['vi', '/vi/articles/hue-toa-dam/', 'Huế tọa đàm về đối ngoại nhân dân', false],
    // The newest story that exists in Lao (or Khmer), ahead of newer ones only in Vietnamese; it has a cover.
    ['lo', '/lo/articles/hue-giao-luu-hoc-sinh-lao/', 'ເວ້ ແລກປ່ຽນມິດຕະພາບກັບນັກຮຽນລາວ', true],
    ['km', '/km/articles/hue-giao-luu-hoc-sinh-lao/', 'ហ្វេ ផ្លាស់ប្តូរមិត្តភាពជាមួយសិស្សឡាវ', true],
  ])('/%s/ opens with its latest story, large', (locale, href, title, hasCover) => {
    const $ = page(`/${locale}/`);
    const [lead, ...rest] = items($);
    expect(lead.hasClass('lead-story')).toBe(true);
    expect(lead.find('h2 a').attr('href')).toBe(href);
    expect(lead.find('h2 a').text()).toBe(title);
    expect(lead.find('h2 a').attr('lang')).toBeUndefined(); // in the reader's language
    expect(lead.find('.meta time').attr('datetime')).toBeTruthy();
    expect(lead.find('.meta a').attr('href')).toMatch(new RegExp(`^/${locale}/provinces/`));
    expect(lead.find('.summary').text().trim()).not.toBe('');
    expect(lead.find('picture')).toHaveLength(hasCover ? 1 : 0);
    // Then the rest of the page's stories, each once: the page still lists ten.
    expect(rest.map((li) => li.find('h2 a').attr('href'))).not.toContain(href);
    expect(rest.every((li) => !li.hasClass('lead-story'))).toBe(true);
    expect(rest.length + 1).toBe(10);
  });

  it("gives the lead's picture the cover's description, in the language it is written in, loaded first", () => {
    const $ = page('/lo/');
    const picture = $('.lead-story picture');
    expect(
      picture
        .find('source')
        .map((_, s) => $(s).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
    const img = picture.find('img');
    expect(img.attr('alt')).toBe('Vầng trăng trắng trên nền trời xanh, dưới là những dải đồi màu đỏ');
    expect(img.attr('lang')).toBe('vi'); // inherited from the Vietnamese source
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('width')).toBe('800'); // the fallback is not the original file
    expect(img.attr('height')).toBe('533');
    expect(img.attr('sizes')).toBeTruthy();
  });

  it("shares the lead's picture files with the article's cover (the browser has them already)", () => {
    const home = page('/km/');
    const article = page('/km/articles/hue-giao-luu-hoc-sinh-lao/');
    const avif = ($: Doc, sel: string) => $(`${sel} source[type="image/avif"]`).attr('srcset');
    expect(avif(home, '.lead-story')).toBe(avif(article, '.cover'));
  });

  it('opens only the first page with a lead; province and tag pages are plain lists', () => {
    for (const p of ['/vi/page/2/', '/lo/provinces/hue/', '/km/tags/huu-nghi/']) expect(page(p)('.lead-story'), p).toHaveLength(0);
  });

  it('chooses the newest story in the reader’s language, else the newest', () => {
    const story = (slug: string, ...locales: string[]) => ({ slug, versions: new Map(locales.map((l) => [l, {}])) });
    const list = [story('a', 'vi'), story('b', 'vi', 'lo'), story('c', 'vi', 'lo')];
    expect(leadStory(list, 'lo')?.slug).toBe('b');
    expect(leadStory(list, 'km')?.slug).toBe('a');
    expect(leadStory([], 'vi')).toBeUndefined();
  });
});

describe('thumbnails in lists', () => {
  it('are small responsive pictures in AVIF and WebP, loaded lazily, with their size set', async () => {
    let seen = 0;
    for (const p of LIST_PAGES) {
      const $ = page(p);
      for (const el of $('.thumb').toArray()) {
        const picture = $(el);
        seen++;
        expect(picture.is('picture'), p).toBe(true);
        expect(
          picture
            .find('source')
            .map((_, s) => $(s).attr('type'))
            .get(),
          p,
        ).toEqual(['image/avif', 'image/webp']);
        const img = picture.find('img');
        expect(img.attr('loading'), p).toBe('lazy');
        expect(img.attr('width'), p).toBe('96');
        expect(img.attr('height'), p).toBe('64');
        expect(img.attr('sizes'), p).toMatch(/rem/);
        // Beside the linked title: a description would only lengthen the list (the article shows it).
        expect(img.attr('alt'), p).toBe('');
        for (const src of candidates($, picture)) {
          const file = path.join(fixtureDist(), src);
          expect(fs.statSync(file).size, src).toBeLessThan(30 * 1024);
          expect((await sharp(file).metadata()).width, src).toBeLessThanOrEqual(192);
        }
        // The fallback <img> is the small one, not the original.
        expect((await sharp(path.join(fixtureDist(), img.attr('src')!)).metadata()).width).toBe(96);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(10);
  });

  it('appear beside the stories that have a cover, on home, province and tag pages alike', () => {
    const thumbOf = (p: string, slug: string) => items(page(p)).find((li) => li.find('h2 a').attr('href')!.endsWith(`/articles/${slug}/`))!;
    for (const [p, slug] of [
      ['/vi/', 'hue-nhung-ma-nhung'],
      ['/lo/', 'hue-nhung-ma-nhung'],
      ['/km/provinces/hue/', 'hue-nhung-ma-nhung'],
      ['/vi/tags/huu-nghi/', 'hue-giao-luu-hoc-sinh-lao'],
      ['/vi/provinces/tay-ninh/', 'tay-ninh-campuchia'],
    ]) {
      const li = thumbOf(p, slug);
      expect(li.hasClass('has-thumb'), p).toBe(true);
      expect(li.find('picture.thumb'), p).toHaveLength(1);
    }
    // The lead's own picture is not repeated as a thumbnail.
    expect(page('/lo/')('.lead-story .thumb')).toHaveLength(0);
  });

  it('leave no empty picture or frame where a story has no cover', () => {
    for (const p of LIST_PAGES) {
      const $ = page(p);
      for (const li of items($)) {
        const pictures = li.find('picture');
        const cover = li.hasClass('has-thumb') || li.hasClass('has-cover');
        expect(pictures.length, `${p} ${li.find('h2 a').attr('href')}`).toBe(cover ? 1 : 0);
        pictures.each((_, pic) => void expect($(pic).find('img[src]').length, p).toBe(1));
      }
      expect($('.article-list picture:not(:has(img))'), p).toHaveLength(0);
    }
    expect(
      items(page('/vi/'))
        .find((li) => li.find('h2 a').attr('href') === '/vi/articles/nfd-da-nang/')!
        .find('picture, img'),
    ).toHaveLength(0);
  });

  it('still mark a story shown in its original language', () => {
    const $ = page('/lo/');
    const fallbacks = items($).filter((li) => li.find('h2 a').attr('lang') === 'vi');
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const li of fallbacks) {
      expect(li.find('.badge').text()).toBe('ເປັນ ຫວຽດນາມ');
      expect(li.find('.summary').attr('lang')).toBe('vi');
    }
    // One with a picture among them: the thumbnail changes nothing of that.
    expect(fallbacks.some((li) => li.hasClass('has-thumb'))).toBe(true);
    const own = items($).filter((li) => li.find('h2 a').attr('lang') === undefined);
    for (const li of own) expect(li.find('.badge')).toHaveLength(0);
  });
});
