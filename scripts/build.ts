/**
 * npm run build: validate the content, build the site into dist/, then index it for search.
 * Runs on the Node pinned in package.json; Astro gets a bigger heap for large newsrooms.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';

const root = path.resolve(import.meta.dirname, '..');
const heapMb = Number(process.env.BUILD_HEAP_MB || 6144);

function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\nbuild: ${label} failed; nothing more was done.`);
    process.exit(result.status ?? 1);
  }
  // One line per phase, read by npm run bench.
  console.log(`build: ${label} took ${((performance.now() - t0) / 1000).toFixed(2)}s`);
}

// Two builds in one checkout at once would overwrite each other's generated files in
// .astro/: the second waits for the first.
const lock = path.join(root, 'node_modules', '.build-lock');
const started = Date.now();
while (true) {
  try {
    fs.mkdirSync(lock);
    break;
  } catch {
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 30 * 60_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
    else if (Date.now() - started > 60 * 60_000) throw new Error('build: another build has held the lock for an hour');
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}
process.on('exit', () => fs.rmSync(lock, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

console.log(`build: Node ${process.version}, content from ${process.env.CONTENT_DIR || 'content'}`);
const check = path.join(root, 'scripts', 'check.ts');
if (fs.existsSync(check)) run('content check', [check, '--quiet-ok']);
run('astro build', [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  NODE_ENV: 'production',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim(),
});
const index = path.join(root, 'scripts', 'index-search.ts');
if (fs.existsSync(index)) run('search index', [index]);
