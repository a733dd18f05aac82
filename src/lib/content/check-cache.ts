import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFile } from '../content-files.ts';
import { fileDigest } from './file-digest.ts';
import type { Problem } from '../validate/problems.ts';
import type { FileCheckMemo } from '../validate/content.ts';

/**
 * What the checks found in each article file, kept between runs (in Astro's cache folder)
 * so that a check or a build after editing one article reads every file but judges only
 * the edited one again. An entry is used only while everything its result depends on is
 * unchanged: the file's text, the files beside it (pictures), the registries, and the
 * rules themselves (the code and data of the checks).
 */

/** The code and data the per-file checks depend on, under the project root. */
const RULES = ['src/lib/validate', 'src/lib/content', 'src/lib/markdown', 'src/lib/slug.ts', 'src/lib/registry.ts', 'src/lib/schema.ts', 'src/lib/languages.ts', 'src/lib/settings.ts', 'src/lib/dates.ts', 'src/data', 'package-lock.json'];

function filesUnder(p: string): string[] {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .sort()
    .flatMap((name) => filesUnder(path.join(p, name)));
}

/** A digest of the rules' code and data: any change to them makes every entry stale. Undefined outside the project. */
export function rulesDigest(root = process.cwd()): string | undefined {
  const files = RULES.flatMap((r) => filesUnder(path.join(root, r)));
  if (!files.some((f) => f.includes(`${path.sep}validate${path.sep}`))) return undefined;
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${path.relative(root, f)}\n`).update(fs.readFileSync(f));
  return hash.digest('base64url');
}

/** Names, sizes and times of the files in a folder: a picture added, replaced or removed changes it. */
function folderStamp(folder: string): string {
  try {
    return fs
      .readdirSync(folder)
      .sort()
      .map((name) => {
        const s = fs.lstatSync(path.join(folder, name));
        return `${name}:${s.size}:${s.mtimeMs}:${s.isSymbolicLink() ? 'l' : ''}`;
      })
      .join('|');
  } catch {
    return '';
  }
}

/** The key of one file's result: everything the per-file checks read. */
export function fileKey(rules: string, registry: string, f: ArticleFile, stamp = folderStamp(f.folder)): string {
  return createHash('sha256')
    .update(JSON.stringify([rules, registry, fileDigest(f), stamp]))
    .digest('base64url');
}

export interface CheckCache extends FileCheckMemo {
  /** How many files were judged from the cache, and how many again. */
  stats: { hits: number; misses: number };
  /** Keep the results of this run (and only them) for the next. */
  save(): void;
}

/**
 * The cache in `dir` for content whose registries have digest `registry`; `rules` defaults
 * to the digest of the checks' code. No cache (undefined) when the rules cannot be read.
 */
export function openCheckCache(dir: string, registry: string, rules = rulesDigest()): CheckCache | undefined {
  if (!rules) return undefined;
  const file = path.join(dir, 'check-cache.json');
  let old: Record<string, Problem[]> = {};
  try {
    old = JSON.parse(fs.readFileSync(file, 'utf8')).entries ?? {};
  } catch {
    // none yet, or unreadable: judge everything
  }
  const next: Record<string, Problem[]> = {};
  const stats = { hits: 0, misses: 0 };
  const keys = new WeakMap<ArticleFile, string>();
  // An article's files share a folder: look at it once per run, not once per language.
  const stamps = new Map<string, string>();
  const stampOf = (folder: string) => stamps.get(folder) ?? stamps.set(folder, folderStamp(folder)).get(folder)!;
  const keyOf = (f: ArticleFile) => keys.get(f) ?? keys.set(f, fileKey(rules, registry, f, stampOf(f.folder))).get(f)!;
  return {
    stats,
    get(f) {
      const hit = Object.hasOwn(old, keyOf(f)) ? old[keyOf(f)] : undefined;
      if (hit) {
        stats.hits++;
        next[keyOf(f)] = hit;
      } else stats.misses++;
      return hit;
    },
    set(f, problems) {
      next[keyOf(f)] = problems;
    },
    save() {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ entries: next }));
      fs.renameSync(tmp, file);
    },
  };
}
