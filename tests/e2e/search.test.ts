import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, servedFixtureSite } from '../helpers/browser.ts';

interface Result {
  path: string;
  title: string;
  meta: string;
  excerpt: string;
  marked: string[];
}

describe.skipIf(!hasBrowser)('search in a browser', () => {
  const site = servedFixtureSite();

  /** The results on screen once the search page has finished searching. */
  async function results(tab: Page): Promise<Result[]> {
    await tab.locator('[data-search-results][aria-busy=false]').waitFor({ state: 'attached' });
    return tab.$$eval('[data-search-results] > li', (items) =>
      items.map((li) => ({
        path: new URL(li.querySelector('a')!.href).pathname,
        title: li.querySelector('a')!.textContent!,
        meta: li.querySelector('.meta')!.textContent!,
        excerpt: li.querySelector('.summary')!.textContent!,
        marked: [...li.querySelectorAll('.summary mark')].map((m) => m.textContent!),
      })),
    );
  }

  /** Open a language's search page and type a query into its search box, as a reader does. */
  async function typeQuery(locale: string, query: string): Promise<{ tab: Page; found: Result[] }> {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.server.origin}/${locale}/search/`);
    await tab.locator('[data-search-form][data-ready]').waitFor();
    await tab.locator('#search-q').pressSequentially(query);
    await tab.locator('#search-q').press('Enter');
    await expect.poll(() => new URL(tab.url()).searchParams.get('q')).toBe(query);
    return { tab, found: await results(tab) };
  }

  async function search(locale: string, query: string): Promise<string[]> {
    const { tab, found } = await typeQuery(locale, query);
    await tab.close();
    return found.map((r) => r.path);
  }

  it('finds đối ngoại nhân dân typed with tone marks, and ranks exact marks first', async () => {
    const { tab, found } = await typeQuery('vi', 'đối ngoại');
    const paths = found.map((r) => r.path);
    expect(paths).toContain('/vi/articles/hue-toa-dam/');
    expect(paths).toContain('/vi/articles/hue-giao-luu-hoc-sinh-lao/');
    // "Cuộc đời ngoài đảo" folds to the same letters (and has them in its title): it is
    // found, but after the pages with the marks as typed.
    const folded = paths.indexOf('/vi/articles/an-giang-cuoc-doi-ngoai-dao/');
    expect(folded).toBeGreaterThan(paths.indexOf('/vi/articles/hue-toa-dam/'));
    expect(folded).toBeGreaterThan(paths.indexOf('/vi/articles/hue-giao-luu-hoc-sinh-lao/'));
    // Excerpts read as written: đ restored, the match highlighted.
    const hue = found.find((r) => r.path === '/vi/articles/hue-toa-dam/')!;
    expect(hue.title).toBe('Huế tọa đàm về đối ngoại nhân dân');
    expect(hue.excerpt).toContain('đối ngoại nhân dân');
    expect(hue.marked.map((m) => m.toLowerCase())).toContain('đối');
    expect(hue.meta).toContain('Huế');
    await tab.close();
  });

  it('finds the same articles typed without tone marks, đ as d', async () => {
    const withMarks = await search('vi', 'đối ngoại nhân dân');
    const without = await search('vi', 'doi ngoai nhan dan');
    expect(without).toContain('/vi/articles/hue-toa-dam/');
    expect(without).toContain('/vi/articles/hue-giao-luu-hoc-sinh-lao/');
    for (const p of withMarks) expect(without).toContain(p);
    expect(await search('vi', 'doi ngoai')).toContain('/vi/articles/an-giang-cuoc-doi-ngoai-dao/');
    expect(await search('vi', 'da nang')).toContain('/vi/articles/nfd-da-nang/');
  });

  it('finds NFD input like NFC', async () => {
    const nfc = await search('vi', 'Đà Nẵng đoàn');
    expect(nfc.length).toBeGreaterThan(0);
    expect(await search('vi', 'Đà Nẵng đoàn'.normalize('NFD'))).toEqual(nfc);
  });

  it('reads ?q= from the header search box', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.server.origin}/vi/`);
    await tab.locator('#header-q').fill('hữu nghị');
    await tab.locator('#header-q').press('Enter');
    await tab.waitForURL(/\/vi\/search\/\?q=/);
    expect(await tab.locator('#search-q').inputValue()).toBe('hữu nghị');
    expect((await results(tab)).length).toBeGreaterThan(1);
    await tab.close();
  });

  it('filters by province and year, and sorts by date', async () => {
    const { tab, found: all } = await typeQuery('vi', 'hữu nghị');
    expect(all.some((r) => r.meta.includes('Huế'))).toBe(true);
    await tab.locator('[data-search-filters] summary').click();
    await tab.locator('select[name=province] option[value="Đà Nẵng"]').waitFor({ state: 'attached' });
    await tab.locator('select[name=province]').selectOption('Đà Nẵng');
    const inDaNang = await results(tab);
    expect(inDaNang.length).toBeGreaterThan(0);
    expect(inDaNang.length).toBeLessThan(all.length);
    for (const r of inDaNang) expect(r.meta).toContain('Đà Nẵng');
    expect(new URL(tab.url()).searchParams.get('province')).toBe('Đà Nẵng');

    await tab.locator('select[name=year]').selectOption('2024');
    expect((await results(tab)).map((r) => r.path)).toEqual(['/vi/articles/da-nang-hoc-bong-sinh-vien-lao/']);

    await tab.locator('select[name=year]').selectOption('');
    await tab.locator('select[name=sort]').selectOption('date');
    const byDate = (await results(tab)).map((r) => r.path);
    expect(byDate.indexOf('/vi/articles/da-nang-doan-lao/')).toBeLessThan(byDate.indexOf('/vi/articles/da-nang-hoc-bong-sinh-vien-lao/'));
    await tab.close();

    // A filter in the address is applied on arrival.
    const shared = await site.browser.newPage();
    await shared.goto(`${site.server.origin}/vi/search/?q=${encodeURIComponent('hữu nghị')}&province=${encodeURIComponent('Huế')}`);
    const inHue = await results(shared);
    expect(inHue.length).toBeGreaterThan(0);
    for (const r of inHue) expect(r.meta).toContain('Huế');
    expect(await shared.locator('select[name=province]').inputValue()).toBe('Huế');
    await shared.close();
  });

  it('finds a Chinese word in every article that has it', async () => {
    expect((await search('zh', '友谊')).sort()).toEqual(['/zh/articles/da-nang-hoc-bong-sinh-vien-lao/', '/zh/articles/hue-giao-luu-hoc-sinh-lao/']);
    expect(await search('zh', '奖学金')).toEqual(['/zh/articles/da-nang-hoc-bong-sinh-vien-lao/']);
    expect(await search('zh', '人民外交')).toEqual(['/zh/articles/hue-giao-luu-hoc-sinh-lao/']);
  });

  it('finds a Lao word inside a run of text without spaces, and shows the text as written', async () => {
    const { tab, found } = await typeQuery('lo', 'ມິດຕະພາບ');
    expect(found.map((r) => r.path).sort()).toEqual([
      '/lo/articles/da-nang-doan-lao/',
      '/lo/articles/da-nang-hoc-bong-sinh-vien-lao/',
      '/lo/articles/hue-giao-luu-hoc-sinh-lao/',
    ]);
    const hue = found.find((r) => r.path === '/lo/articles/hue-giao-luu-hoc-sinh-lao/')!;
    expect(hue.title).toBe('ເວ້ ແລກປ່ຽນມິດຕະພາບກັບນັກຮຽນລາວ');
    expect(hue.excerpt).toContain('ແລກປ່ຽນມິດຕະພາບກັບນັກຮຽນລາວ');
    expect(hue.marked).toContain('ມິດຕະພາບ');
    await tab.close();
    expect((await search('lo', 'ວັດທະນະທຳ')).sort()).toEqual(['/lo/articles/da-nang-hoc-bong-sinh-vien-lao/', '/lo/articles/hue-giao-luu-hoc-sinh-lao/']);
  });

  it('finds a Khmer word inside a run of text without spaces', async () => {
    expect((await search('km', 'វប្បធម៌')).sort()).toEqual(['/km/articles/da-nang-hoc-bong-sinh-vien-lao/', '/km/articles/hue-giao-luu-hoc-sinh-lao/']);
    expect(await search('km', 'អាហារូបករណ៍')).toEqual(['/km/articles/da-nang-hoc-bong-sinh-vien-lao/']);
  });

  it("searches only pages written in the reader's language", async () => {
    const vi = await search('vi', 'Hue');
    expect(vi).toContain('/vi/articles/hue-toa-dam/');
    expect(vi.every((p) => p.startsWith('/vi/'))).toBe(true);
    // The English page of the same article is found in English only.
    expect(await search('en', 'seminar')).toEqual(['/en/articles/hue-toa-dam/']);
    expect(await search('vi', 'seminar')).toEqual([]);
    // An English page that shows the Vietnamese text (no translation yet) is never found.
    expect(await search('en', 'Campuchia')).toEqual([]);
  });

  it('transfers well under 300 KB for the first search', async () => {
    const tab = await site.browser.newPage();
    const before = new Map(site.server.transfers);
    await tab.goto(`${site.server.origin}/vi/search/?q=${encodeURIComponent('đối ngoại nhân dân')}`);
    await results(tab);
    let bytes = 0;
    for (const [p, n] of site.server.transfers) bytes += n - (before.get(p) ?? 0);
    expect(bytes).toBeLessThan(300 * 1024);
    // Filter lists load only when the reader opens them.
    expect([...site.server.transfers].filter(([p, n]) => p.startsWith('/pagefind/filter/') && n > (before.get(p) ?? 0))).toEqual([]);
    await tab.close();
  });

  it('loads nothing of Pagefind until the reader turns to the search box', async () => {
    const tab = await site.browser.newPage();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await tab.goto(`${site.server.origin}/vi/search/`);
    await tab.locator('[data-search-form][data-ready]').waitFor();
    await tab.waitForTimeout(500);
    const pagefind = () => requested.filter((p) => p.startsWith('/pagefind/'));
    expect(pagefind()).toEqual([]);
    expect(await tab.locator('[data-search-results]').getAttribute('aria-busy')).toBe('false');
    // Focusing the box starts loading it, while the reader types.
    await tab.locator('#search-q').focus();
    await expect.poll(pagefind).toEqual(expect.arrayContaining(['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']));
    await tab.locator('#search-q').pressSequentially('hữu nghị');
    await tab.locator('#search-q').press('Enter');
    await expect.poll(() => new URL(tab.url()).searchParams.get('q')).toBe('hữu nghị');
    expect((await results(tab)).length).toBeGreaterThan(1);
    // The links to browse give way to the results, and come back when the box is emptied.
    expect(await tab.locator('[data-search-browse]').isVisible()).toBe(false);
    await tab.locator('#search-q').fill('');
    await expect.poll(() => tab.locator('[data-search-browse]').isVisible()).toBe(true);
    await tab.close();
  });

  /** The page's layout shifts so far (what Lighthouse sums into CLS), on a phone-sized screen. */
  async function shifted(path: string, ready: (tab: Page) => Promise<unknown>): Promise<number> {
    const tab = await site.browser.newPage({ viewport: { width: 412, height: 823 } });
    await tab.goto(site.server.origin + path);
    await ready(tab);
    const sum = await tab.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().reduce((total, e) => total + (e as unknown as { value: number }).value, 0))).observe({
            type: 'layout-shift',
            buffered: true,
          });
          setTimeout(() => resolve(0), 1000);
        }),
    );
    await tab.close();
    return sum;
  }

  it('does not move anything on the page when its script starts', async () => {
    for (const locale of ['vi', 'en', 'lo']) {
      const sum = await shifted(`/${locale}/search/`, async (tab) => {
        await tab.locator('[data-search-form][data-ready]').waitFor();
        // Filters and sort are there from the start, with JavaScript on.
        expect(await tab.locator('[data-search-options]').isVisible()).toBe(true);
      });
      expect(sum, locale).toBeLessThan(0.01);
    }
  });

  it("does not move the page when the results of an address's query come in, or none do", async () => {
    for (const path of ['/vi/search/?q=h%E1%BB%AFu%20ngh%E1%BB%8B', '/en/search/?q=seminar', '/en/search/?q=zzzz']) {
      const sum = await shifted(path, (tab) => tab.locator('[data-search-results][aria-busy=false]').waitFor({ state: 'attached' }));
      expect(sum, path).toBeLessThan(0.01);
    }
  });

  it('shows the results of an address with a query without the reader doing anything', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.server.origin}/en/search/?q=seminar`);
    expect((await results(tab)).map((r) => r.path)).toEqual(['/en/articles/hue-toa-dam/']);
    expect(await tab.locator('[data-search-browse]').isVisible()).toBe(false);
    await tab.close();
  });

  it('links provinces and topics when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.server.origin}/en/search/`);
    const browse = tab.locator('[data-search-browse]');
    expect(await browse.isVisible()).toBe(true);
    expect(await browse.locator('.notice').textContent()).toContain('JavaScript');
    // Filters and sort need the script: not shown without it.
    expect(await tab.locator('[data-search-options]').isVisible()).toBe(false);
    expect(await browse.locator('a[href="/en/provinces/"]').count()).toBe(1);
    expect(await browse.locator('a[href="/en/tags/huu-nghi/"]').textContent()).toBe('friendship');
    await context.close();
  });
});
