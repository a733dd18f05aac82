import { z } from 'astro/zod';
import { articleSchema } from '../schema.ts';
import type { Registry } from '../registry.ts';
import { loadRegistry } from '../registry-file.ts';
import { checkContent, fileProblems, frontMatterProblems, type ContentOptions, type FileCheckMemo } from '../validate/content.ts';
import { DEFAULT_LOCALE } from '../languages.ts';
import os from 'node:os';
import { inThreads } from '../thread-pool.ts';
import { openCheckCache } from './check-cache.ts';
import { createHash } from 'node:crypto';
import { checkRegistryFiles, loadArticleFiles, type ParsedFiles } from '../validate/load.ts';
import path from 'node:path';
import { sortProblems } from '../validate/problems.ts';
import { MDX_COMPONENTS } from '../markdown/mdx-components.ts';
import { imageFileProblem } from './image-file.ts';
import { SETTINGS as site } from '../settings.ts';
import type { ArticleFile } from '../validate/file.ts';
import type { Problem } from '../validate/problems.ts';

/** A content folder read once: every article file parsed, the registries, and every problem. */
export interface ContentModel {
  dir: string;
  files: ArticleFile[];
  registry: Registry;
  /** Everything `npm run check` reports, sorted by file and line. */
  problems: Problem[];
  /** Files with at least one error: the build refuses them (the dev server leaves them out). */
  failing: Set<string>;
}

/** The front-matter fields the content schema knows, so that check and the loader agree. */
export const KNOWN_FIELDS = Object.keys(articleSchema({ image: () => z.string() }).shape).filter((k) => !k.startsWith('_'));

/**
 * Read and check a content folder: the one model of the content that `npm run check`,
 * the site's content loader and the other tools share. Each file is read and parsed once;
 * nothing in it runs. `now` and `publishFuture` decide what counts as future-dated.
 */
export function loadContent(dir: string, options: ModelOptions = {}): ContentModel {
  const read = readContent(dir, options);
  return finish(read, checkFiles(read.files, read.registry, { ...options, memo: read.memo }));
}

/**
 * loadContent, with the costly per-file checks of the files the cache does not know shared
 * out over the machine's cores (worker threads, check-worker.ts): the same checks, the same
 * model, in about half the time on two cores.
 */
export async function loadContentInParallel(dir: string, options: ModelOptions = {}): Promise<ContentModel> {
  const read = readContent(dir, options);
  const now = options.now ?? new Date();
  const known = new Map<ArticleFile, Problem[]>();
  const todo: ArticleFile[] = [];
  for (const f of read.files) {
    if (!f.data) continue;
    const hit = read.memo?.get(f);
    if (hit) known.set(f, hit);
    else todo.push(f);
  }
  const found = await checkInThreads(todo, read.registry, { now, publishFuture: options.publishFuture ?? false }, options);
  todo.forEach((f, i) => {
    known.set(f, found[i]);
    read.memo?.set(f, found[i]);
  });
  const memo = { get: (f: ArticleFile) => known.get(f), set: () => {} };
  return finish(read, checkFiles(read.files, read.registry, { ...options, now, memo }));
}

type ModelOptions = {
  now?: Date;
  publishFuture?: boolean;
  cacheDir?: string;
  /** Fewer files to check than this are checked on the main thread alone. */
  parallelFrom?: number;
  /** Leave the per-file checks to worker threads only, so that the main thread stays free (the dev server's). */
  offMainThread?: boolean;
  /** Files handed to a thread at a time (thread-pool.ts). */
  batch?: number;
  /** Parse again only the files that changed since this process last read the folder (the dev server). */
  reuseParsed?: boolean;
};

/** Per content folder, the files this process has parsed (see ModelOptions.reuseParsed). */
const parsedByDir = new Map<string, ParsedFiles>();

/**
 * The model as far as it is known without the costly per-file checks: results the check
 * cache holds, and for the other files their front-matter checks and the checks across
 * files. The dev server serves from it at once and runs loadContentInParallel behind it.
 */
export function quickContent(dir: string, options: ModelOptions = {}): ContentModel {
  const read = readContent(dir, options);
  const settings = fileCheckOptions(options);
  const memo = { get: (f: ArticleFile) => read.memo?.get(f) ?? frontMatterProblems(f, f.locale === DEFAULT_LOCALE, read.registry, settings), set: () => {} };
  const problems = sortProblems([...read.found, ...checkFiles(read.files, read.registry, { ...options, memo })]);
  const failing = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { dir: read.dir, files: read.files, registry: read.registry, problems, failing };
}
type Read = ReturnType<typeof readContent>;

function readContent(dir: string, options: ModelOptions) {
  const registryProblems = checkRegistryFiles(dir);
  const registry = loadRegistry(dir);
  let reuse: ParsedFiles | undefined;
  if (options.reuseParsed) {
    const key = path.resolve(dir);
    reuse = parsedByDir.get(key) ?? parsedByDir.set(key, new Map()).get(key);
  }
  const { files, problems: walkProblems } = loadArticleFiles(dir, reuse);
  // With a cache folder, each file is judged again only when it (or what it depends on) changed.
  const memo = options.cacheDir ? openCheckCache(options.cacheDir, registryDigest(registry)) : undefined;
  return { dir, registry, files, memo, found: [...registryProblems, ...walkProblems] };
}

function finish(read: Read, checked: Problem[]): ContentModel {
  const problems = sortProblems([...read.found, ...checked]);
  read.memo?.save();
  const failing = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { dir: read.dir, files: read.files, registry: read.registry, problems, failing };
}

/** The settings every check of one file runs with. */
export function fileCheckOptions(options: { now?: Date; publishFuture?: boolean; memo?: FileCheckMemo }): ContentOptions {
  return {
    memo: options.memo,
    fields: KNOWN_FIELDS,
    imageProblem: imageFileProblem,
    now: options.now ?? new Date(),
    publishFuture: options.publishFuture ?? false,
    embedHosts: site.embedHosts,
    components: MDX_COMPONENTS,
  };
}

/**
 * Check article files with the rules and settings of the model (a tool that writes an
 * article, such as npm run translate, checks what it would write with this).
 */
export function checkFiles(files: ArticleFile[], registry: Registry, options: { now?: Date; publishFuture?: boolean; memo?: FileCheckMemo } = {}): Problem[] {
  return checkContent(files, registry, fileCheckOptions(options));
}

/** Below this many files to check, starting threads costs more than it saves. */
const PARALLEL_FROM = 200;

/** fileProblems of each file, in order, shared out between this thread and worker threads (check-worker.ts). */
async function checkInThreads(
  files: ArticleFile[],
  registry: Registry,
  options: { now: Date; publishFuture: boolean },
  { parallelFrom = PARALLEL_FROM, offMainThread = false, batch }: ModelOptions,
): Promise<Problem[][]> {
  // Off the main thread, one worker: the other cores are the dev server's.
  const threads = offMainThread ? 1 : Math.min(os.availableParallelism() - 1, 3);
  const settings = fileCheckOptions(options);
  const here = (share: ArticleFile[]) => share.map((f) => fileProblems(f, f.locale === DEFAULT_LOCALE, registry, settings));
  if (!files.length || threads < 1 || (!offMainThread && files.length < parallelFrom)) return here(files);
  return inThreads(files, {
    worker: new URL('./check-worker.ts', import.meta.url),
    workerData: { registry, options },
    threads,
    here: offMainThread ? undefined : here,
    batch,
    weigh: (f) => f.body?.length ?? 0,
    what: 'the content check',
    // The dev server's thread: its garbage is given back as it goes.
    releaseEvery: offMainThread ? 8 : undefined,
  });
}

/** A digest of what the registries say: a province or tag added or renamed changes it. */
function registryDigest(registry: Registry): string {
  return createHash('sha256')
    .update(JSON.stringify([[...registry.provinces], [...registry.regions], [...registry.tags]]))
    .digest('base64url');
}
