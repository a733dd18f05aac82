/**
 * npm run bench -- --articles 2000 [--rebuild] [--json] [--keep] [--seed 1]
 *
 * Generates a deterministic synthetic newsroom in a temporary folder, builds it exactly as
 * `npm run build` does (content check, Astro, search index) with CONTENT_DIR, and prints
 * articles, pages written, wall time, pages/s, peak memory of the whole process tree,
 * output size and the time of each phase. --rebuild times a second build after editing
 * one article. --json ends with one line of JSON for tools.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadRegistry } from '../src/lib/registry.ts';
import { generateCorpus, writeCorpus } from './lib/bench/corpus.ts';
import { treeRssBytes } from './lib/bench/memory.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error('bench: --articles must be a positive whole number');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), `bantin-bench-${articles}-`));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');

// The real registries of the example newsroom, so that every province code is valid.
fs.mkdirSync(content, { recursive: true });
for (const f of ['provinces.yaml', 'tags.yaml']) fs.copyFileSync(path.join(root, 'content', f), path.join(content, f));
const provinces = [...loadRegistry(content).provinces.values()].filter((p) => !p.former).map((p) => p.code);
const cover = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 110, b: 140 } } }).jpeg({ quality: 70 }).toBuffer();
const files = generateCorpus({ articles, seed: Number(values.seed), provinces, imageEvery: 50 });
writeCorpus(content, files, cover);
const sources = files.filter((f) => f.path.endsWith('/vi.md'));

interface Run {
  wall_s: number;
  peak_rss_mb: number;
  phases: Record<string, number>;
}

/** Run the build once, sampling the RSS of its whole process tree every 100 ms. */
function build(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), 100);
    const phases: Record<string, number> = {};
    let out = '';
    const onLine = (line: string) => {
      const elapsed = (performance.now() - t0) / 1000;
      const took = /^build: (.+) took ([\d.]+)s/.exec(line);
      if (took) phases[took[1].replace(/ /g, '_')] = Number(took[2]);
      if (/\[content\] Synced content/.test(line)) phases.content_loaded_at = Number(elapsed.toFixed(2));
      const built = /\[build\] \d+ page\(s\) built in ([\d.]+)(m?s)/.exec(line);
      if (built) phases.render = Number(built[1]) / (built[2] === 'ms' ? 1000 : 1);
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let buf = '';
      stream.on('data', (d: Buffer) => {
        out += d;
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`bench: the build failed (exit ${code}):\n${out.slice(-4000)}`));
      resolve({ wall_s: (performance.now() - t0) / 1000, peak_rss_mb: Math.round(peak / 1048576), phases });
    });
  });
}

function countPages(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    bytes += fs.statSync(full).size;
    if (entry.name === 'index.html') pages++;
  }
  return { pages, bytes };
}

const log = (s: string) => process.stderr.write(s + '\n');
log(`bench: ${articles} articles (${files.filter((f) => f.path.endsWith('.md')).length} files) in ${work}; Node ${process.version}, ${os.availableParallelism()} cores`);
const first = await build();
const { pages, bytes } = countPages(dist);
const result: Record<string, unknown> = {
  articles,
  pages,
  wall_s: Number(first.wall_s.toFixed(2)),
  pages_per_s: Number((pages / first.wall_s).toFixed(1)),
  peak_rss_mb: first.peak_rss_mb,
  output_mb: Number((bytes / 1048576).toFixed(1)),
  ...Object.fromEntries(Object.entries(first.phases).map(([k, v]) => [`${k}_s`, v])),
};
if (values.rebuild) {
  // Edit one article's body, as an editor fixing a typo would, and build again.
  const edited = path.join(content, sources[Math.floor(sources.length / 2)].path);
  fs.appendFileSync(edited, '\nĐã cập nhật thêm một câu.\n');
  const second = await build();
  result.rebuild_s = Number(second.wall_s.toFixed(2));
  result.rebuild_peak_rss_mb = second.peak_rss_mb;
  result.rebuild_share = Number((second.wall_s / first.wall_s).toFixed(2));
}
for (const [k, v] of Object.entries(result)) log(`  ${k.padEnd(22)} ${v}`);
if (values.json) console.log(JSON.stringify(result));
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
