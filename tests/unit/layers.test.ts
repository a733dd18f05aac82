/**
 * The layers of the code (docs/architecture.md) only point down, and what calls itself pure
 * is: read from the import statements of every source file.
 *   tests/   → scripts/, src/
 *   scripts/ → src/              (never tests/)
 *   src/ pages, components, layouts, site → src/lib   (never scripts/ or tests/)
 *   src/lib  → src/lib, src/data  (never the Astro side, never astro:* modules)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The modules of src/lib that read files, run processes or read the environment: the only ones. */
const IO_MODULES = [
  'src/lib/content-files.ts', // reads article files
  'src/lib/content/article-files.ts', // finds article files
  'src/lib/content/image-file.ts', // looks at the pictures an article names
  'src/lib/content/check-cache.ts', // the checks' results kept between runs
  'src/lib/thread-pool.ts', // shares work out to worker threads
  'src/lib/content/check-worker.ts', // a worker thread of the checks
  'src/lib/registry-file.ts', // reads provinces.yaml, tags.yaml, glossary.yaml
  'src/lib/search/record-cache.ts', // the search records kept between builds
  'src/lib/site.ts', // SITE_URL, PUBLISH_FUTURE, WEBSUB_HUB
  'src/lib/folders.ts', // CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR
  'src/lib/git.ts', // history for translation-status
  'src/lib/translation-status/status-input.ts', // reads files and history for the report
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return ['fixtures', '.output', 'node_modules'].includes(e.name) ? [] : sourceFiles(rel);
    return /\.(ts|mts|mjs|astro)$/.test(e.name) ? [rel] : [];
  });
}

/** Code without comments, so that a comment naming `process.env` or an import is not code. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** What a file imports at run time (type-only imports erase): specifiers, relative ones resolved to repo paths. */
function importsOf(file: string): string[] {
  const text = code(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) if (!m[2]) found.push(m[3]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found.map((s) => (s.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), s)) : s));
}

const FILES = ['src', 'scripts', 'tests'].flatMap(sourceFiles);
const graph = new Map(FILES.map((f) => [f, importsOf(f)]));
const under = (prefix: string) => [...graph].filter(([f]) => f.startsWith(prefix));
const violations = (from: string, forbidden: (target: string) => boolean) =>
  under(from).flatMap(([f, targets]) => targets.filter(forbidden).map((t) => `${f} → ${t}`));

describe('layers', () => {
  it('src never imports scripts or tests', () => {
    expect(violations('src/', (t) => t.startsWith('scripts/') || t.startsWith('tests/'))).toEqual([]);
  });

  it('scripts never import tests', () => {
    expect(violations('scripts/', (t) => t.startsWith('tests/'))).toEqual([]);
  });

  it('src/lib never imports the Astro side of the site', () => {
    expect(violations('src/lib/', (t) => /^src\/(site|pages|components|layouts)\//.test(t) || t.startsWith('astro:'))).toEqual([]);
  });

  it('only the declared modules of src/lib read files, run processes or read the environment', () => {
    const io = under('src/lib/').filter(
      ([f, targets]) =>
        targets.some((t) => /^(node:)?(fs|child_process|worker_threads)(\/|$)/.test(t)) ||
        /\bprocess\.env\b/.test(code(fs.readFileSync(path.join(ROOT, f), 'utf8'))),
    );
    expect(io.map(([f]) => f).sort()).toEqual([...IO_MODULES].sort());
  });

  it('a module that calls itself pure reaches no module that reads files', () => {
    const reachesIo = (file: string, seen = new Set<string>()): string | undefined => {
      if (IO_MODULES.includes(file)) return file;
      if (seen.has(file)) return undefined;
      seen.add(file);
      for (const t of graph.get(file) ?? []) {
        const hit = t.startsWith('src/') ? reachesIo(t, seen) : undefined;
        if (hit) return hit;
      }
      return undefined;
    };
    const claims = under('src/lib/').filter(([f]) => !IO_MODULES.includes(f) && /\bPure\b/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(claims.length).toBeGreaterThan(3);
    expect(claims.flatMap(([f]) => (reachesIo(f) ? [`${f} → ${reachesIo(f)}`] : []))).toEqual([]);
  });

  it('would see an upward import (the check can fail)', () => {
    expect(importsOf('tests/unit/layers.test.ts')).toContain('vitest');
    expect(importsOf('src/site/translation-report.ts')).toContain('src/lib/translation-status/status-input.ts');
  });
});
