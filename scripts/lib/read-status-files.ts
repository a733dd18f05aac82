/**
 * Reads the article files for the translation report through src/lib/content-files.ts
 * (the one finder and parser of article files), spread over threads on a large newsroom.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describePath, listArticlePaths, readArticleFile } from '../../src/lib/content-files.ts';
import { isLocale } from '../../src/lib/languages.ts';
import { sourceVersion } from '../../src/lib/source-version.ts';
import type { StatusFile } from '../../src/lib/translation-status/report.ts';
import { keyOf, toStatusFile, type ContentPlace, type ReadProblem } from '../../src/lib/translation-status/status-input.ts';

/** Read some article files (a share of the work when it is spread over threads). */
export function readFiles(
  place: Pick<ContentPlace, 'contentDir' | 'real' | 'base'>,
  paths: string[],
  sourceLocale: string,
): { files: StatusFile[]; problems: ReadProblem[] } {
  const files: StatusFile[] = [];
  const problems: ReadProblem[] = [];
  for (const file of paths) {
    try {
      const parsed = readArticleFile(file);
      // Only sources' versions are compared; hashing every translation would double the time.
      const version = parsed.locale === sourceLocale ? sourceVersion(parsed.data, parsed.body) : '';
      files.push(toStatusFile(keyOf(place, file), parsed, version));
    } catch (error) {
      problems.push({ file, message: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  }
  return { files, problems };
}

/** Below this many files one thread is quicker than starting others. */
const PARALLEL_FROM = 4000;

/**
 * Read every article file of the content folder in a configured language. Parsing
 * front-matter is most of the time on a large newsroom, so it is spread over the cores.
 */
export async function readStatusFiles(place: ContentPlace, sourceLocale: string): Promise<{ files: StatusFile[]; problems: ReadProblem[] }> {
  const paths = listArticlePaths(place.contentDir).filter((f) => isLocale(describePath(f).locale));
  const threads = paths.length < PARALLEL_FROM ? 1 : Math.min(4, os.availableParallelism());
  const size = Math.ceil(paths.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size));
  const lite = { contentDir: place.contentDir, real: place.real, base: place.base };
  const others = chunks.slice(1).map(
    (chunk) =>
      new Promise<ReturnType<typeof readFiles>>((resolve, reject) => {
        const worker = new Worker(new URL('./read-files-worker.ts', import.meta.url), { workerData: { place: lite, paths: chunk, sourceLocale } });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  const results = [readFiles(lite, chunks[0], sourceLocale), ...(await Promise.all(others))];
  return { files: results.flatMap((r) => r.files), problems: results.flatMap((r) => r.problems) };
}
