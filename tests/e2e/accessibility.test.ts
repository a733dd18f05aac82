import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { hasBrowser, servedFixtureSite } from '../helpers/browser.ts';

/** The page kinds readers meet, in a Latin, a Lao and a Khmer locale. */
export const A11Y_PAGES = ['vi', 'en', 'lo', 'km'].flatMap((l) => [
  `/${l}/`,
  `/${l}/articles/hue-toa-dam/`,
  `/${l}/articles/tay-ninh-campuchia/`,
  `/${l}/provinces/`,
  `/${l}/provinces/hue/`,
  `/${l}/tags/huu-nghi/`,
  `/${l}/search/`,
]);

describe.skipIf(!hasBrowser)('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const site = servedFixtureSite();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`reports no violations on home, article, fallback, province, tag and search pages (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
      const found: string[] = [];
      for (const p of A11Y_PAGES) {
        const tab = await context.newPage();
        await tab.goto(site.server.origin + p);
        const result = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(result.passes.length, p).toBeGreaterThan(10);
        for (const v of result.violations)
          found.push(
            `${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        await tab.close();
      }
      await context.close();
      expect(found).toEqual([]);
      // 28 pages through axe: minutes on a busy 2-core machine.
    }, 600_000);
  }

  it('would report a broken page (the check can fail)', async () => {
    const context = await site.browser.newContext();
    const tab = await context.newPage();
    await tab.goto(site.server.origin + '/vi/');
    await tab.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/x"></a>'));
    const result = await new AxeBuilder({ page: tab }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await context.close();
  });

  it('lets a keyboard user skip to the content and reach the language switcher', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(site.server.origin + '/en/articles/hue-toa-dam/');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => location.hash)).toBe('#main');
    await tab.goto(site.server.origin + '/en/articles/hue-toa-dam/');
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await tab.keyboard.press('Tab');
      reached.push(await tab.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? ''));
    }
    expect(reached).toContain('/vi/articles/hue-toa-dam/');
    await tab.close();
  });
});
