/**
 * What an editor should wait for at most, on 2,000 real-length articles on a 2-core
 * machine (docs/performance.md): the bench says of each figure whether it is met.
 */
export const TARGETS: { figure: string; what: string; max: number; unit: 's' | 'MiB' }[] = [
  { figure: 'dev_first_page_s', what: 'npm run dev: until the first page is served', max: 10, unit: 's' },
  { figure: 'dev_save_to_visible_s', what: 'npm run dev: a saved article until its page shows it', max: 2, unit: 's' },
  { figure: 'dev_peak_rss_mb', what: 'npm run dev: memory', max: 1024, unit: 'MiB' },
  { figure: 'rebuild_s', what: 'npm run build after editing one paragraph', max: 15, unit: 's' },
  { figure: 'wall_s', what: 'npm run build from cold (site, search, feeds)', max: 90, unit: 's' },
  { figure: 'peak_rss_mb', what: 'npm run build from cold: largest memory', max: 1536, unit: 'MiB' },
];

export interface TargetRow {
  figure: string;
  what: string;
  value: number;
  max: number;
  unit: string;
  met: boolean;
}

/**
 * The targets the result has a figure for, each with the figure and whether it is met:
 * compareWithTargets({ wall_s: 84 }) → [{ figure: 'wall_s', value: 84, max: 90, met: true, … }].
 */
export function compareWithTargets(result: Record<string, unknown>): TargetRow[] {
  return TARGETS.filter((t) => typeof result[t.figure] === 'number').map((t) => {
    const value = result[t.figure] as number;
    return { figure: t.figure, what: t.what, value, max: t.max, unit: t.unit, met: value <= t.max };
  });
}
