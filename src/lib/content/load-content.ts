import { z } from 'astro/zod';
import { articleSchema } from '../schema.ts';
import type { Registry } from '../registry.ts';
import { loadRegistry } from '../registry-file.ts';
import { checkContent, type FileCheckMemo } from '../validate/content.ts';
import { openCheckCache } from './check-cache.ts';
import { createHash } from 'node:crypto';
import { checkRegistryFiles, loadArticleFiles } from '../validate/load.ts';
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
export function loadContent(dir: string, options: { now?: Date; publishFuture?: boolean; cacheDir?: string } = {}): ContentModel {
  const registryProblems = checkRegistryFiles(dir);
  const registry = loadRegistry(dir);
  const { files, problems: walkProblems } = loadArticleFiles(dir);
  // With a cache folder, each file is judged again only when it (or what it depends on) changed.
  const memo = options.cacheDir ? openCheckCache(options.cacheDir, registryDigest(registry)) : undefined;
  const problems = sortProblems([...registryProblems, ...walkProblems, ...checkFiles(files, registry, { ...options, memo })]);
  memo?.save();
  const failing = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { dir, files, registry, problems, failing };
}

/**
 * Check article files with the rules and settings of the model (a tool that writes an
 * article, such as npm run translate, checks what it would write with this).
 */
export function checkFiles(files: ArticleFile[], registry: Registry, options: { now?: Date; publishFuture?: boolean; memo?: FileCheckMemo } = {}): Problem[] {
  return checkContent(files, registry, {
    memo: options.memo,
    fields: KNOWN_FIELDS,
    imageProblem: imageFileProblem,
    now: options.now ?? new Date(),
    publishFuture: options.publishFuture ?? false,
    embedHosts: site.embedHosts,
    components: MDX_COMPONENTS,
  });
}

/** A digest of what the registries say: a province or tag added or renamed changes it. */
function registryDigest(registry: Registry): string {
  return createHash('sha256')
    .update(JSON.stringify([[...registry.provinces], [...registry.regions], [...registry.tags]]))
    .digest('base64url');
}
