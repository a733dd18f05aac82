/**
 * Phase times of one `npm run build`, read from its log as the lines arrive. Each phase
 * starts at a marker line and ends at the next marker seen, so a phase that a build
 * skips (no search indexer yet, no images) simply does not appear.
 */

/** A log line with the seconds since the build was started when it arrived. */
export interface TimedLine {
  at: number;
  text: string;
}

/**
 * Marker lines, in the order a build prints them, and the phase each one starts. A marker
 * with `after` counts only in one of those phases (Astro prints "[build] ✓ Completed"
 * more than once).
 */
export const MARKERS: { phase: string; test: RegExp; after?: string[] }[] = [
  // build.ts prints its Node version once it holds the build lock of the checkout.
  { phase: 'content_check', test: /^build: Node v/ },
  // astro.config.mjs reads and checks the content (the model the content loader then uses).
  { phase: 'astro_startup', test: /^content: \d+ files read and checked in/ },
  { phase: 'content_sync', test: /\[content\] Syncing content/ },
  { phase: 'bundle', test: /\[content\] Synced content/ },
  { phase: 'render', test: /generating static routes/ },
  { phase: 'images', test: /generating optimized images/ },
  // Integrations' build-done hooks (the sitemap) run after Astro's last "Completed".
  { phase: 'build_done_hooks', test: /\[build\] ✓ Completed in/, after: ['render', 'images'] },
  { phase: 'astro_exit', test: /\[build\] Complete!/ },
  // build.ts removes what the build no longer makes (Astro no longer empties the folder).
  { phase: 'output_cleanup', test: /^build: astro build took/ },
  // Pagefind, from the records prepared beside the rendering.
  { phase: 'search_index', test: /^build: output cleanup took/ },
  { phase: 'done', test: /^build: search index took/ },
];

// Astro colours its log on a terminal; the bench reads it through a pipe, but be safe.
const ANSI = /\u001b\[[0-9;]*m/g;

/** The phase a build in `phase` is in after `line`, or undefined when the line is no marker. */
export function phaseAfter(line: string, phase: string): string | undefined {
  const text = line.replace(ANSI, '');
  return MARKERS.find((m) => m.test.test(text) && (!m.after || m.after.includes(phase)))?.phase;
}

/**
 * Seconds spent in each phase, from the timed log of one build that ended at `end`.
 * `lock_wait` is the time spent waiting for another build of the same checkout.
 *
 *   phaseTimes([{ at: 0.1, text: 'build: Node v24.1.0, …' }, { at: 0.6, text: 'build: content check took 0.5s' }, …], 12)
 *   → { lock_wait: 0.1, content_check: 0.5, astro_startup: …, …, search_index: 1.2 }
 */
export function phaseTimes(lines: TimedLine[], end: number): Record<string, number> {
  const times: Record<string, number> = {};
  let phase = 'lock_wait';
  let since = 0;
  for (const { at, text } of lines) {
    const next = phaseAfter(text, phase);
    if (!next) continue;
    times[phase] = round((times[phase] ?? 0) + at - since);
    phase = next;
    since = at;
  }
  if (phase !== 'done') times[phase] = round((times[phase] ?? 0) + end - since);
  return times;
}

const round = (s: number) => Math.round(s * 100) / 100;
