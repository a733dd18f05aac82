/**
 * npm run bench -- --articles 2000 [--rebuild] [--no-dev] [--json] [--keep] [--images 10] [--seed 1] [--profile]
 *
 * Generates a deterministic synthetic newsroom in a temporary folder, builds it exactly as
 * `npm run build` does (content check, Astro, search index) with CONTENT_DIR, and prints
 * articles, pages written, wall time, pages/s, peak memory of the whole process tree,
 * output size and the time of each phase. --rebuild times a second build after editing
 * one article. `npm run dev` is timed too (first page, save to visible, memory) unless
 * --no-dev; the editor's figures are then compared with their targets (bench/targets.ts).
 * --json ends with one line of JSON for tools. --images sets how many articles
 * have a cover picture (each costs seconds of AVIF/WebP encoding on a cold cache). --keep leaves the corpus, the
 * built site and the build logs in place; --profile also writes a CPU profile of every
 * Node process of the first build into <folder>/profile (and implies --keep).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadRegistry } from '../src/lib/registry-file.ts';
import { generateCorpus, writeCorpus } from './lib/bench/corpus.ts';
import { measureOutput, runBuild, type BuildRun } from './lib/bench/run.ts';
import { measureDev } from './lib/bench/dev.ts';
import { compareWithTargets } from './lib/bench/targets.ts';
import { byFunction, byOwner, type CpuProfile } from './lib/bench/profile.ts';

function readOptions() {
  try {
    return parseArgs({
      options: {
        articles: { type: 'string', default: '500' },
        images: { type: 'string', default: '10' },
        seed: { type: 'string', default: '1' },
        rebuild: { type: 'boolean', default: false },
        // What the editor waits for in npm run dev is measured unless --no-dev.
        dev: { type: 'boolean', default: true },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
      },
      allowNegative: true,
    }).values;
  } catch (error) {
    console.error(
      `bench: ${(error as Error).message} → usage: npm run bench -- --articles 2000 [--rebuild] [--no-dev] [--json] [--keep] [--images 10] [--seed 1] [--profile]`,
    );
    process.exit(2);
  }
}
const values = readOptions();
const articles = Number(values.articles);
const images = Number(values.images);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(images) || images < 0 || !Number.isInteger(seed)) {
  console.error('bench: --articles must be a positive whole number, --images and --seed whole numbers');
  process.exit(2);
}
const keep = values.keep || values.profile;
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), `bantin-bench-${articles}-`));
const content = path.join(work, 'content');
const log = (s: string) => process.stderr.write(s + '\n');

// The example newsroom's registries, so that every province code and tag is a real one.
fs.mkdirSync(content, { recursive: true });
for (const f of ['provinces.yaml', 'tags.yaml']) fs.copyFileSync(path.join(root, 'content', f), path.join(content, f));
const registry = loadRegistry(content);
const provinces = [...registry.provinces.values()];
const files = generateCorpus({
  articles,
  seed,
  provinces: provinces.filter((p) => !p.former).map((p) => p.code),
  formerProvinces: provinces.filter((p) => p.former).map((p) => p.code),
  tags: [...registry.tags.keys()],
  imageEvery: images ? Math.ceil(articles / images) : undefined,
});
// Distinct pictures (each is processed on its own), with some grain so that they encode
// at a photograph's cost rather than a flat colour's.
const pictures = await Promise.all(
  Array.from({ length: Math.max(1, images) }, (_, i) =>
    sharp({
      create: { width: 1200, height: 800, channels: 3, background: { r: 40 + i * 20, g: 110, b: 140 }, noise: { type: 'gaussian', mean: 128, sigma: 12 } },
    })
      .jpeg({ quality: 80 })
      .toBuffer(),
  ),
);
writeCorpus(content, files, pictures);

function build(name: string, nodeOptions = ''): Promise<BuildRun> {
  return runBuild({
    root,
    logFile: path.join(work, `${name}.log`),
    env: {
      CONTENT_DIR: content,
      OUT_DIR: path.join(work, 'dist'),
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ...(nodeOptions && { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${nodeOptions}`.trim() }),
    },
  });
}

/** A failed build ends the bench with its log's tail, keeping the folder to look into. */
function fail(error: Error): never {
  log(error.message);
  log(`bench: corpus and logs kept in ${work}`);
  process.exit(1);
}

const withSuffix = (o: Record<string, number>, suffix: string, prefix = '') =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`${prefix}${k}${suffix}`, v]));

const textFiles = files.filter((f) => f.path.endsWith('.md')).length;
log(`bench: ${articles} articles (${textFiles} Markdown files, seed ${seed}) in ${work}`);
log(
  `bench: Node ${process.version}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${os.loadavg()[0].toFixed(2)}`,
);
const profileDir = path.join(work, 'profile');
const first = await build('build', values.profile ? `--cpu-prof --cpu-prof-dir=${profileDir}` : '').catch(fail);
const { pages, bytes } = measureOutput(path.join(work, 'dist'));
const result: Record<string, number> = {
  articles,
  pages,
  wall_s: first.wall_s,
  pages_per_s: Math.round((pages / first.wall_s) * 10) / 10,
  cpu_s: first.cpu_s,
  peak_rss_mb: first.peak_rss_mb,
  output_mb: Math.round((bytes / 1048576) * 10) / 10,
  ...withSuffix(first.phases, '_s'),
  ...withSuffix(first.peak_rss_by_phase, '_mb', 'peak_rss_'),
};
if (values.rebuild) {
  // Edit one article's body, as an editor fixing a sentence would, and build again.
  const sources = files.filter((f) => f.path.endsWith('/vi.md'));
  fs.appendFileSync(path.join(content, sources[Math.floor(sources.length / 2)].path), '\nĐã cập nhật thêm một câu.\n');
  const second = await build('rebuild').catch(fail);
  result.rebuild_s = second.wall_s;
  result.rebuild_share = Math.round((second.wall_s / first.wall_s) * 100) / 100;
  result.rebuild_cpu_s = second.cpu_s;
  result.rebuild_peak_rss_mb = second.peak_rss_mb;
  Object.assign(result, withSuffix(second.phases, '_s', 'rebuild_'));
}
if (values.dev) {
  // npm run dev on the same content with a cold cache, as an editor's first start: the first
  // page, then an edit saved to an article until its page shows it.
  const sources = files.filter((f) => f.path.endsWith('/vi.md'));
  const edited = sources[Math.floor(sources.length / 3)].path;
  const dev = await measureDev({
    root,
    env: { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, 'dev-cache') },
    firstPage: '/vi/',
    editFile: path.join(content, edited),
    editPage: `/vi/articles/${path.basename(path.dirname(edited))}/`,
    logFile: path.join(work, 'dev.log'),
  }).catch(fail);
  Object.assign(result, dev);
}
for (const [k, v] of Object.entries(result)) log(`  ${k.padEnd(30)} ${v}`);
const targets = compareWithTargets(result);
if (targets.length) {
  log('\nbench: against the targets (docs/performance.md):');
  for (const t of targets) log(`  ${t.met ? 'met    ' : 'MISSED '} ${`${t.value} ${t.unit}`.padStart(11)}  (≤ ${t.max} ${t.unit})  ${t.what}`);
}
if (keep) log(`bench: corpus, site and logs kept in ${work}${values.profile ? `; CPU profiles in ${profileDir}` : ''}`);
else fs.rmSync(work, { recursive: true, force: true });
if (values.profile) {
  // One profile per Node process of the build, the busiest first (Astro's). Time spent in
  // native threads (sharp's image encoders, Pagefind's binary) shows only as idle time.
  const profiles = fs
    .readdirSync(profileDir)
    .map((f) => JSON.parse(fs.readFileSync(path.join(profileDir, f), 'utf8')) as CpuProfile)
    .map((p) => ({ owners: byOwner(p), functions: byFunction(p) }))
    .map((p) => ({ ...p, idle: p.owners.find(([k]) => k === '(idle)')?.[1] ?? 0, total: p.owners.reduce((s, [, ms]) => s + ms, 0) }))
    .map((p) => ({ ...p, busy: p.total - p.idle }))
    // build.ts itself only waits in spawnSync for each phase.
    .filter((p) => p.busy > 1000 && !p.functions[0][0].startsWith('spawnSync'))
    .sort((a, b) => b.busy - a.busy);
  const row = (k: string, ms: number, busy: number) => log(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${k}`);
  for (const p of profiles) {
    log(`\nbench: a process busy ${(p.busy / 1000).toFixed(1)} s in JavaScript (idle ${(p.idle / 1000).toFixed(1)} s); self time by code, then by function:`);
    for (const [k, ms] of p.owners.filter(([k]) => k !== '(idle)').slice(0, 15)) row(k, ms, p.busy);
    log('');
    for (const [k, ms] of p.functions.filter(([k]) => !k.startsWith('(idle)')).slice(0, 15)) row(k, ms, p.busy);
  }
}
if (values.json) console.log(JSON.stringify({ ...result, targets }));
