/**
 * Which files of the output folder a build no longer makes. Astro is told not to empty
 * the output folder (so that a rebuild keeps the pages it can reuse instead of deleting
 * and copying them back), so a page of a deleted article, an old stylesheet or an old
 * search index would stay behind. A file is current when this build wrote it (its
 * modification time is not older than the build's start) or when Astro's incremental
 * build manifest lists it as a page it kept.
 */

/** One file of the output folder: its path relative to the folder, with `/`. */
export interface OutputFile {
  path: string;
  mtimeMs: number;
}

/** The output files Astro's incremental manifest (`<cacheDir>/incremental-build.json`) lists. */
export function manifestOutputs(manifest: unknown): Set<string> {
  const kept = new Set<string>();
  const routes = (manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> })?.routes;
  for (const route of Object.values(routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      // Astro records the file as a URL path: percent-encoded where the slug is not ASCII.
      if (typeof entry.outputFile === 'string') kept.add(safeDecode(entry.outputFile));
    }
  }
  return kept;
}

/**
 * The files that neither this build wrote (since `startedMs`) nor Astro kept.
 * staleOutputs([{ path: 'vi/old/index.html', mtimeMs: 1 }, { path: 'vi/new/index.html', mtimeMs: 9 }], 5, new Set()) → ['vi/old/index.html']
 */
export function staleOutputs(files: OutputFile[], startedMs: number, kept: Set<string>): string[] {
  return files.filter((f) => f.mtimeMs < startedMs && !kept.has(f.path)).map((f) => f.path);
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
