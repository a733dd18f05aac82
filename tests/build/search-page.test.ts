import { describe, expect, it } from 'vitest';
import { page, readBuilt } from '../helpers/fixture-site.ts';

describe('search page before its script runs', () => {
  it('is laid out as the script uses it: filters and sort in place, hidden only when JavaScript is off', () => {
    const $ = page('/vi/search/');
    expect($('[data-search-options]').attr('hidden')).toBeUndefined();
    expect($('head noscript').html()).toContain('.search-options');
    // The sentence that search needs JavaScript shows only without it; the links always.
    expect($('[data-search-browse] noscript').text()).toContain('JavaScript');
    expect($('[data-search-browse] a[href="/vi/provinces/"]').length).toBe(1);
  });

  it('loads nothing of Pagefind from the HTML: no preload, no script of its own', () => {
    const html = readBuilt('/vi/search/');
    expect(html).not.toContain('/pagefind/');
    const $ = page('/vi/search/');
    expect($('script[src]').length).toBe(1); // the search page's own small module
  });
});
