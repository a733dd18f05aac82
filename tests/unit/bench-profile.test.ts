import { describe, expect, it } from 'vitest';
import { byFunction, byOwner, codeOwner, type CpuProfile } from '../../scripts/lib/bench/profile.ts';

describe('CPU profile summary', () => {
  it('names the package, built-in or project file that code belongs to', () => {
    expect(codeOwner('file:///w/node_modules/astro/dist/core/render.js', 'render')).toBe('astro');
    expect(codeOwner('file:///w/node_modules/@astrojs/mdx/dist/index.js', 'f')).toBe('@astrojs/mdx');
    expect(codeOwner('file:///w/node_modules/a/node_modules/yaml/dist/parse.js', 'f')).toBe('yaml');
    expect(codeOwner('node:internal/fs/utils', 'f')).toBe('node:internal');
    expect(codeOwner('file:///tmp/x/dist/.prerender/chunks/feed_B1x.mjs', 'f')).toBe('chunks/feed_B1x.mjs');
    expect(codeOwner('file:///w/.astro/.prerender/prerender-entry.DO_2.mjs', 'f')).toBe('.prerender/prerender-entry.DO_2.mjs');
    expect(codeOwner('file:///w/src/lib/search/text.ts', 'fold')).toBe('src/lib/search/text.ts');
    expect(codeOwner('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('sums self time per owner and per function, largest first', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: 'parse', url: 'file:///w/node_modules/yaml/dist/parse.js' } },
        { id: 3, callFrame: { functionName: 'render', url: 'file:///w/node_modules/astro/dist/render.js' } },
        { id: 4, callFrame: { functionName: 'compose', url: 'file:///w/node_modules/yaml/dist/compose.js' } },
      ],
      samples: [2, 3, 4, 2, 1],
      timeDeltas: [1000, 5000, 2000, 1000, 500],
    };
    expect(byOwner(profile)).toEqual([
      ['astro', 5],
      ['yaml', 4],
      ['(root)', 0.5],
    ]);
    expect(byFunction(profile).slice(0, 2)).toEqual([
      ['render (astro)', 5],
      ['parse (yaml)', 2],
    ]);
  });
});
