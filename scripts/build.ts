/**
 * npm run build: build the site into dist/ with Astro (whose content loader validates the
 * content first, as npm run check does, and stops on any error), remove what
 * the site no longer has, and index it for search (scripts/search-index.ts, which follows
 * the pages from its own process while Astro writes them).
 * Runs on the Node pinned in package.json; Astro gets a bigger heap for large newsrooms.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { manifestOutputs, staleOutputs } from '../src/lib/stale-output.ts';
// The launcher lives as long as the build: it loads only what is light (not the schema library).
import { cacheDir as cacheFolder, contentDir, outDir as outFolder } from '../src/lib/folders.ts';
import { listArticlePaths } from '../src/lib/content/article-files.ts';
import { releaseMemory } from '../src/lib/release-memory.ts';

const root = path.resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 6144);

// glibc gives every thread that allocates its own memory arena; sharp's image threads then
// hold far more memory than they use (about 190 MB more at peak at 2,000 articles). Blocks
// of 128 KB and more are mapped on their own and freed memory is given back past 128 KB,
// where glibc would keep both for reuse: Astro's peak about 1,245 → 1,185 MiB.
const childEnv = { ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072', ...process.env };

// Two builds in one checkout at once would overwrite each other's generated files in
// .astro/: the second waits for the first.
// The lock lives beside .astro/ (not in node_modules, which a copy of the checkout may share).
const lock = path.join(root, '.build-lock');
const started = Date.now();
while (true) {
  try {
    fs.mkdirSync(lock);
    break;
  } catch {
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 30 * 60_000)
      fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
    else if (Date.now() - started > 60 * 60_000) throw new Error('build: another build has held the lock for an hour');
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}
process.on('exit', () => fs.rmSync(lock, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

console.log(`build: Node ${process.version}, content from ${process.env.CONTENT_DIR || 'content'}`);
const outDir = path.resolve(root, outFolder());
const cacheDir = path.resolve(root, cacheFolder());
// The search indexer follows the pages as Astro writes them, in a process of its own; it
// holds little (records go to the cache folder), so a small heap keeps its garbage down
// (its young generation 8 → 2 MB: about 175 → 150 MiB beside Astro's peak).
// BUILD_LOW_MEMORY=1 starts it only once Astro has exited: a slower build, but the two
// never hold their memory at the same time (docs/performance.md).
const lowMemory = process.env.BUILD_LOW_MEMORY === '1';
// Its heap grows with the site: about 40 KB of records and bookkeeping per article (at
// 10,000 articles 128 MB ran out).
const articleCount = new Set(listArticlePaths(path.resolve(root, contentDir())).map((file) => path.dirname(file))).size;
const indexerHeapMb = 128 + Math.ceil(0.04 * articleCount);
// The walk's garbage would stay for the whole build (about 15 MB at 2,000 articles).
releaseMemory();
const startIndexer = () => {
  const child = spawn(process.execPath, [`--max-old-space-size=${indexerHeapMb}`, '--max-semi-space-size=2', path.join(root, 'scripts', 'search-index.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', ...(lowMemory ? [] : (['ipc'] as const))],
    env: childEnv,
  });
  child.on('error', () => {}); // a failure shows as its exit code, below
  process.on('exit', () => child.kill());
  return { child, exit: new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1))) };
};

// Astro's content loader checks the content first (src/site/article-loader.ts, the same
// model as npm run check) and stops before writing anything when there is an error.
const astroStarted = Date.now();
const astro = spawn(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...childEnv, NODE_ENV: 'production', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() },
});
process.on('exit', () => astro.kill());
const astroExit = new Promise<number>((resolve) => astro.on('close', (code) => resolve(code ?? 1)));
let indexer = lowMemory ? undefined : startIndexer();

if ((await astroExit) !== 0) {
  console.error('\nbuild: the site was not built; nothing more was done.');
  process.exit(1);
}
console.log(`build: astro build took ${((Date.now() - astroStarted) / 1000).toFixed(2)}s`);
const t0 = performance.now();
removeStaleOutput();
console.log(`build: output cleanup took ${((performance.now() - t0) / 1000).toFixed(2)}s`);
// Astro has exited: the indexer makes the last records and writes the index.
const t1 = performance.now();
indexer ??= startIndexer();
if (indexer.child.exitCode === null && indexer.child.connected) indexer.child.send('done');
if ((await indexer.exit) !== 0) {
  console.error('\nbuild: search index failed; the site is built without a current search index.');
  process.exit(1);
}
console.log(`build: search index took ${((performance.now() - t1) / 1000).toFixed(2)}s`);

/**
 * Astro does not empty the output folder (astro.config.mjs): remove what this build did
 * not make. The search index is left to scripts/search-index.ts, which replaces it.
 */
function removeStaleOutput(): void {
  let manifest: unknown = null;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8'));
  } catch {
    // No manifest: every page was rendered, so every current file is new.
  }
  const kept = manifestOutputs(manifest);
  const files = fs
    .readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((full) => ({ path: path.relative(outDir, full).split(path.sep).join('/'), full }))
    // A page Astro's manifest lists is current: no need to look at its time.
    .filter((f) => !f.path.startsWith('pagefind/') && !kept.has(f.path))
    .map((f) => ({ path: f.path, mtimeMs: fs.statSync(f.full).mtimeMs }));
  const stale = staleOutputs(files, astroStarted, kept);
  const emptied = new Set<string>();
  for (const file of stale) {
    fs.rmSync(path.join(outDir, file));
    emptied.add(path.dirname(path.join(outDir, file)));
  }
  // Folders left empty (a deleted article's) go too, up to the output folder.
  for (let dir of [...emptied].sort((a, b) => b.length - a.length)) {
    while (dir.startsWith(outDir + path.sep) && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) {
      fs.rmdirSync(dir);
      dir = path.dirname(dir);
    }
  }
  if (stale.length) console.log(`build: removed ${stale.length} file(s) the site no longer has`);
}
