import { describe, expect, it } from 'vitest';
import { compareWithTargets } from '../../scripts/lib/bench/targets.ts';

describe('compareWithTargets', () => {
  it('says of each measured figure whether it meets its target, and skips those not measured', () => {
    const rows = compareWithTargets({ wall_s: 84.2, peak_rss_mb: 1700, rebuild_s: 15, articles: 2000 });
    expect(rows.map((r) => [r.figure, r.met])).toEqual([
      ['rebuild_s', true],
      ['wall_s', true],
      ['peak_rss_mb', false],
    ]);
    expect(rows.find((r) => r.figure === 'peak_rss_mb')).toMatchObject({ value: 1700, max: 1536, unit: 'MiB' });
  });
});
