import { describe, expect, it } from 'vitest';
import { manifestOutputs, staleOutputs } from '../../src/lib/stale-output.ts';

describe('stale output files', () => {
  const manifest = {
    version: 1,
    routes: {
      'src/pages/[locale]/articles/[slug].astro': {
        dependencyHash: 'x',
        paths: {
          '/vi/articles/hue/': { cacheKey: 'a', outputFile: 'vi/articles/hue/index.html' },
          '/vi/articles/đà-nẵng/': { cacheKey: 'b', outputFile: 'vi/articles/%C4%91%C3%A0-n%E1%BA%B5ng/index.html' },
        },
      },
    },
  };

  it('reads the pages Astro kept from its manifest, decoding non-ASCII paths', () => {
    expect([...manifestOutputs(manifest)]).toEqual(['vi/articles/hue/index.html', 'vi/articles/đà-nẵng/index.html']);
    expect(manifestOutputs(null).size).toBe(0);
    expect(manifestOutputs({ routes: { x: {} } }).size).toBe(0);
  });

  it('keeps what this build wrote or kept and nothing else', () => {
    const kept = manifestOutputs(manifest);
    const files = [
      { path: 'vi/articles/hue/index.html', mtimeMs: 100 }, // kept by Astro, untouched
      { path: 'vi/articles/đà-nẵng/index.html', mtimeMs: 100 },
      { path: 'vi/articles/deleted/index.html', mtimeMs: 100 }, // an article removed since
      { path: '_astro/old.css', mtimeMs: 100 },
      { path: '_astro/new.css', mtimeMs: 2000 }, // written by this build
      { path: 'vi/rss.xml', mtimeMs: 1000 },
    ];
    expect(staleOutputs(files, 1000, kept)).toEqual(['vi/articles/deleted/index.html', '_astro/old.css']);
  });
});
