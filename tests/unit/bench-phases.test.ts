import { describe, expect, it } from 'vitest';
import { phaseAfter, phaseTimes } from '../../scripts/lib/bench/phases.ts';

// The marker lines of a real build's log (npm run build of a generated corpus), with the
// seconds at which they arrived; other lines are ignored.
const log = [
  [0.05, 'build: Node v24.21.0, content from /tmp/bantin-bench-30-x/content'],
  [0.52, 'content: 96 files read and checked in 0.40s'],
  [2.3, '00:38:29 [build] ✓ Completed in 2.70s.'],
  [2.4, '00:38:29 [content] Syncing content'],
  [3.1, '00:38:30 [content] Synced content'],
  [3.2, '00:38:30 [types] Generated 2.46s'],
  [5.0, '\u001b[42m generating static routes \u001b[49m'],
  [5.1, '00:38:32   ├─ /en/articles/hue-ban-tin-00001/index.html (+3ms)'],
  [8.7, ' generating optimized images '],
  [8.8, '00:38:35 [build] ✓ Completed in 5.41s.'],
  [8.9, '00:38:35 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [9.0, '00:38:35 [search] 96 search records: 96 article pages rendered, 0 kept from the last build, 0 read back'],
  [9.4, '00:38:36 [build] Complete!'],
  [10.0, 'build: astro build took 9.45s'],
  [10.2, 'build: output cleanup took 0.19s'],
  [11.2, 'search: indexed vi 16, en 14, fr 4, lo 3, zh 3, km 3 article pages'],
  [11.4, 'build: search index took 1.19s'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('build phases', () => {
  it('times each phase from one marker line to the next', () => {
    expect(phaseTimes(log, 11.5)).toEqual({
      lock_wait: 0.05,
      content_check: 0.47,
      astro_startup: 1.88,
      content_sync: 0.7,
      bundle: 1.9,
      render: 3.7,
      images: 0.1,
      build_done_hooks: 0.6,
      astro_exit: 0.6,
      output_cleanup: 0.2,
      search_index: 1.2,
    });
  });

  it('counts the time to the end of the build for a phase with no line after it', () => {
    const unfinished = log.slice(0, -1);
    expect(phaseTimes(unfinished, 11.5).search_index).toBe(1.3);
  });

  it('reads markers through terminal colours and ignores other lines', () => {
    expect(phaseAfter('\u001b[42m generating static routes \u001b[49m', 'bundle')).toBe('render');
    expect(phaseAfter('00:38:32   ├─ /en/articles/a/index.html (+3ms)', 'render')).toBeUndefined();
  });

  it('takes Astro\'s repeated "Completed" line as a marker only after rendering', () => {
    expect(phaseAfter('[build] ✓ Completed in 2.70s.', 'astro_startup')).toBeUndefined();
    expect(phaseAfter('[build] ✓ Completed in 5.41s.', 'images')).toBe('build_done_hooks');
  });
});
