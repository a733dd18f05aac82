import { describe, expect, it } from 'vitest';
import { exists, page, TEST_SITE_URL } from '../helpers/fixture-site.ts';

// What follows an article on its page: sharing, its province and topics, related stories,
// and the stories before and after it, in every language (fallback pages included).

const PAGES = ['vi', 'en', 'lo', 'km', 'zh'].flatMap((l) => [
  `/${l}/articles/hue-toa-dam/`,
  `/${l}/articles/da-nang-doan-lao/`,
  `/${l}/articles/tay-ninh-campuchia/`,
  `/${l}/articles/an-giang-tin-ngan-4/`,
]);

const hrefs = ($: ReturnType<typeof page>, selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href')!)
    .get();

/** The related stories of a page: address, whether marked as in another language, date. */
function related(path: string) {
  const $ = page(path);
  return $('.related li')
    .map((_, li) => ({
      href: $(li).find('a').attr('href')!,
      lang: $(li).find('a').attr('lang'),
      badge: $(li).find('.badge').length > 0,
      date: $(li).find('time').attr('datetime')!,
    }))
    .get();
}

describe('related stories', () => {
  it('appear on vi, en and lo pages, at most four, never the article itself, newest first', () => {
    for (const p of ['/vi/articles/hue-toa-dam/', '/en/articles/hue-toa-dam/', '/lo/articles/da-nang-doan-lao/', '/vi/articles/an-giang-tin-ngan-4/']) {
      const stories = related(p);
      expect(stories.length, p).toBeGreaterThan(0);
      expect(stories.length, p).toBeLessThanOrEqual(4);
      expect(stories.map((s) => s.href)).not.toContain(p);
      for (const s of stories) expect(exists(s.href), s.href).toBe(true);
      const dates = stories.map((s) => s.date);
      expect(dates, p).toEqual([...dates].sort().reverse());
      expect(page(p)('.related h2').text()).not.toBe('');
    }
  });

  it('stay in the language when it has enough stories', () => {
    const stories = related('/vi/articles/an-giang-tin-ngan-4/');
    expect(stories).toHaveLength(4);
    for (const s of stories) expect(s).toMatchObject({ lang: undefined, badge: false });
    // Those sharing both the province and the tag first (the newest of them), before a newer one sharing only the province.
    expect(stories.map((s) => s.href)).toEqual([
      '/vi/articles/an-giang-tin-ngan-8/',
      '/vi/articles/an-giang-tin-ngan-7/',
      '/vi/articles/an-giang-tin-ngan-6/',
      '/vi/articles/an-giang-tin-ngan-5/',
    ]);
  });

  it('are filled with stories in their original language, marked as such, when the language has too few', () => {
    // Lao has two stories related to this one; two Vietnamese ones fill the list.
    const stories = related('/lo/articles/da-nang-doan-lao/');
    expect(stories).toHaveLength(4);
    expect(stories.filter((s) => !s.badge).map((s) => s.href)).toEqual([
      '/lo/articles/hue-giao-luu-hoc-sinh-lao/',
      '/lo/articles/da-nang-hoc-bong-sinh-vien-lao/',
    ]);
    for (const s of stories.filter((s) => s.badge)) expect(s.lang).toBe('vi');
    for (const s of stories.filter((s) => !s.badge)) expect(s.lang).toBeUndefined();
    const $ = page('/km/articles/hue-giao-luu-hoc-sinh-lao/');
    expect($('.related .badge').first().text()).toMatch(/\S/);
  });
});

describe('previous and next stories', () => {
  it('link to the neighbouring stories in time, in the same language', () => {
    const vi = page('/vi/articles/nfd-da-nang/');
    expect(hrefs(vi, '.neighbours .neighbour-previous a')).toEqual(['/vi/articles/hue-giao-luu-hoc-sinh-lao/']);
    expect(hrefs(vi, '.neighbours .neighbour-next a')).toEqual(['/vi/articles/hue-toa-dam/']);
    // In Lao, the stories not translated into Lao are skipped.
    const lo = page('/lo/articles/da-nang-doan-lao/');
    expect(hrefs(lo, '.neighbours .neighbour-previous a')).toEqual(['/lo/articles/da-nang-hoc-bong-sinh-vien-lao/']);
    expect(hrefs(lo, '.neighbours .neighbour-next a')).toEqual(['/lo/articles/hue-giao-luu-hoc-sinh-lao/']);
    expect(lo('.neighbours a[lang]')).toHaveLength(0);
    // The newest story has no next one.
    expect(page('/vi/articles/hue-toa-dam/')('.neighbours .neighbour-next')).toHaveLength(0);
  });

  it('are titled links to pages of the same language, in a named navigation', () => {
    for (const p of PAGES) {
      const $ = page(p);
      const lang = p.split('/')[1];
      const links = hrefs($, '.neighbours a');
      expect(links.length, p).toBeGreaterThan(0);
      for (const href of links) {
        expect(href.startsWith(`/${lang}/articles/`), href).toBe(true);
        expect(exists(href), href).toBe(true);
      }
      $('.neighbours a').each((_, a) => void expect($(a).text().trim()).not.toBe(''));
      const nav = $('nav.neighbours');
      for (const id of nav.attr('aria-labelledby')!.split(' ')) expect($(`#${id}`).text(), p).not.toBe('');
    }
  });

  it('fall back to a story in its original language only when none is translated on that side', () => {
    // No Lao story is newer than this one: the next is the nearest newer one, in Vietnamese.
    const $ = page('/lo/articles/hue-giao-luu-hoc-sinh-lao/');
    expect(hrefs($, '.neighbour-next a')).toEqual(['/lo/articles/nfd-da-nang/']);
    expect($('.neighbour-next a').attr('lang')).toBe('vi');
    expect($('.neighbour-next .badge')).toHaveLength(1);
  });
});

describe('province and topics', () => {
  it("link to the article's province and tag pages, which exist", () => {
    for (const p of PAGES) {
      const links = hrefs(page(p), '.topics a');
      const lang = p.split('/')[1];
      expect(
        links.some((h) => h.startsWith(`/${lang}/provinces/`)),
        p,
      ).toBe(true);
      for (const href of links) expect(exists(href), href).toBe(true);
    }
    const $ = page('/en/articles/hue-toa-dam/');
    expect(hrefs($, '.topics a')).toEqual(['/en/provinces/hue/', '/en/tags/doi-ngoai-nhan-dan/', '/en/tags/huu-nghi/']);
    expect($('.topics a').first().text()).toBe('News from Hue');
  });

  it('mark a name with no translation with its language', () => {
    // The registry has no Lao name for this tag, nor for An Giang: they are shown in Vietnamese and English.
    const lo = page('/lo/articles/hue-toa-dam/');
    expect(lo('.topics a[href="/lo/tags/doi-ngoai-nhan-dan/"] [lang]').attr('lang')).toBe('vi');
    expect(page('/lo/articles/an-giang-tin-ngan-4/')('.topics a[href="/lo/provinces/an-giang/"] [lang]').attr('lang')).toBe('en');
  });
});

describe('sharing', () => {
  it('is plain links carrying the encoded absolute address of the page, with no script', () => {
    for (const p of PAGES) {
      const $ = page(p);
      const address = `${TEST_SITE_URL}${p}`;
      const encoded = encodeURIComponent(address);
      const links = hrefs($, '.share-links a');
      expect(links, p).toEqual([
        `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
        `https://zalo.me/share/?url=${encoded}`,
        expect.stringMatching(new RegExp(`^https://x\\.com/intent/post\\?url=${encoded.replace(/[.%]/g, '\\$&')}&text=.+`)),
        expect.stringMatching(new RegExp(`^mailto:\\?subject=.+&body=${encoded.replace(/[.%]/g, '\\$&')}$`)),
      ]);
      $('.share-links a[href^="https:"]').each((_, a) => {
        expect($(a).attr('rel')).toBe('noopener noreferrer');
        expect($(a).attr('target')).toBeUndefined();
        expect($(a).text().trim()).not.toBe('');
      });
      expect($('script:not([type="application/ld+json"])'), p).toHaveLength(0);
      expect($('iframe'), p).toHaveLength(0);
    }
  });

  it('puts the title in the post and the e-mail', () => {
    const $ = page('/en/articles/hue-toa-dam/');
    const title = encodeURIComponent($('h1').text());
    expect(hrefs($, '.share-links a[href^="https://x.com/"]')[0]).toContain(`&text=${title}`);
    expect(hrefs($, '.share-links a[href^="mailto:"]')[0]).toContain(`subject=${title}&`);
  });

  it("shows the page's address in a labelled, read-only field", () => {
    for (const p of PAGES) {
      const $ = page(p);
      const input = $('.share input');
      expect(input).toHaveLength(1);
      expect(input.attr('value')).toBe(`${TEST_SITE_URL}${p}`);
      expect(input.attr('readonly')).toBeDefined();
      const label = $(`label[for="${input.attr('id')}"]`);
      expect(label.text().trim(), p).not.toBe('');
    }
  });
});

describe('the end of an article page', () => {
  it('is headed and ordered: every part has an h2 or a name, after the article', () => {
    for (const p of PAGES) {
      const $ = page(p);
      expect($('article .article-end')).toHaveLength(0);
      expect($('main > .article-end h2').length, p).toBeGreaterThanOrEqual(2);
      expect($('main > .article-end h1')).toHaveLength(0);
      for (const part of ['.share', '.topics', '.related']) {
        const id = $(part).attr('aria-labelledby');
        if ($(part).length) expect($(`#${id}`).is('h2'), `${p} ${part}`).toBe(true);
      }
    }
  });
});
