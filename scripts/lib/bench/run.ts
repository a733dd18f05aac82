import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { childCpuSeconds, treeRssBytes } from './memory.ts';
import { phaseAfter, phaseTimes, type TimedLine } from './phases.ts';

/** What one build cost. */
export interface BuildRun {
  /** Seconds from start to end, less any wait for another build's lock. */
  wall_s: number;
  /** CPU seconds (user + system) of the whole process tree. */
  cpu_s: number;
  peak_rss_mb: number;
  /** Peak RSS of the process tree while each phase ran, in MB. */
  peak_rss_by_phase: Record<string, number>;
  /** Seconds per phase (see phases.ts). */
  phases: Record<string, number>;
}

export interface BuildOptions {
  /** The project checkout whose scripts/build.ts runs. */
  root: string;
  /** Extra environment: CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR, NODE_OPTIONS… */
  env: NodeJS.ProcessEnv;
  /** Where the build's whole log is written. */
  logFile: string;
  /** Milliseconds between memory samples. */
  sampleMs?: number;
}

const MB = 1048576;

/**
 * Run `node scripts/build.ts` once, exactly as `npm run build` does, timing each phase
 * from its log and sampling the RSS of its whole process tree (build.ts, check, Astro,
 * the search indexer and Pagefind's binary) from /proc. Rejects with the log's tail when
 * the build fails.
 */
export function runBuild(options: BuildOptions): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cpu0 = childCpuSeconds();
    const seconds = () => (performance.now() - t0) / 1000;
    const child = spawn(process.execPath, [path.join(options.root, 'scripts', 'build.ts')], {
      cwd: options.root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = fs.createWriteStream(options.logFile);
    const lines: TimedLine[] = [];
    let phase = 'lock_wait';
    let peak = 0;
    const peaks: Record<string, number> = {};
    const sample = () => {
      if (phase === 'lock_wait' || phase === 'done') return;
      const rss = treeRssBytes(child.pid!);
      peak = Math.max(peak, rss);
      peaks[phase] = Math.max(peaks[phase] ?? 0, Math.round(rss / MB));
    };
    const timer = setInterval(sample, options.sampleMs ?? 100);
    const onLine = (text: string) => {
      lines.push({ at: seconds(), text });
      log.write(`${seconds().toFixed(2).padStart(8)}  ${text}\n`);
      phase = phaseAfter(text, phase) ?? phase;
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        parts.forEach(onLine);
      });
      stream.on('end', () => rest && onLine(rest));
    }
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = seconds();
      log.end();
      if (code !== 0) {
        const tail = lines
          .slice(-40)
          .map((l) => l.text)
          .join('\n');
        reject(new Error(`bench: the build failed (exit ${code}); whole log in ${options.logFile}:\n${tail}`));
        return;
      }
      const phases = phaseTimes(lines, wall);
      delete peaks.lock_wait;
      resolve({
        wall_s: round(wall - (phases.lock_wait ?? 0)),
        cpu_s: round(childCpuSeconds() - cpu0),
        peak_rss_mb: Math.round(peak / MB),
        peak_rss_by_phase: peaks,
        phases,
      });
    });
  });
}

/** Pages (index.html files) and total bytes of a built site. */
export function measureOutput(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name === 'index.html') pages++;
  }
  return { pages, bytes };
}

const round = (s: number) => Math.round(s * 100) / 100;
