import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { hasBrowser, servedFixtureSite } from '../helpers/browser.ts';

describe.skipIf(!hasBrowser)('the translation dashboard in a browser', () => {
  const site = servedFixtureSite();

  it('has no accessibility violations, in a Latin and a Khmer locale, on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const found: string[] = [];
    for (const p of ['/en/translation-status/', '/km/translation-status/']) {
      const tab = await context.newPage();
      await tab.goto(site.server.origin + p);
      const result = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(result.passes.length, p).toBeGreaterThan(10);
      for (const v of result.violations)
        found.push(
          `${p}: ${v.id} ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      // The wide tables scroll inside their box; the page itself does not scroll sideways.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), p).toBe(true);
      await tab.close();
    }
    await context.close();
    expect(found).toEqual([]);
  });

  it("opens a language's work list to show the stale translation", async () => {
    const tab = await site.browser.newPage();
    await tab.goto(site.server.origin + '/en/translation-status/');
    const row = tab.locator('details[data-lang=en] tr[data-slug=tay-ninh-ban-dich-cu]');
    if (!(await row.isVisible())) await tab.locator('details[data-lang=en] summary').click();
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.getAttribute('data-state')).toBe('stale');
    await tab.close();
  });
});
