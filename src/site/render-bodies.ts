import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Rendered } from './rendered-cache.ts';

/** A Markdown body to render: what Astro's renderer is given for a content entry. */
export interface RenderJob {
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** Absolute path of the article file: pictures in the body are resolved beside it. */
  filePath: string;
}

/** The options Astro gives its Markdown renderer (astro/dist/vite-plugin-markdown/content-entry-type.js). */
export type RendererSettings = Record<string, unknown>;

/** Below this many bodies, starting threads costs more than it saves. */
const PARALLEL_FROM = 200;

/**
 * Render Markdown bodies, in order: the main thread with Astro's own renderer takes one
 * share, and a worker thread each other share with the same processor and settings
 * (render-worker.ts), so that a cold build renders on every core.
 */
export async function renderBodies(
  jobs: RenderJob[],
  renderHere: (job: RenderJob) => Promise<Rendered>,
  settings: RendererSettings,
  options: { parallelFrom?: number } = {},
): Promise<Rendered[]> {
  const threads = Math.min(os.availableParallelism() - 1, 3);
  const cloneable = isCloneable(settings);
  const here = async (share: RenderJob[]) => {
    const out: Rendered[] = [];
    for (const job of share) out.push(await renderHere(job));
    return out;
  };
  if (threads < 1 || !cloneable || jobs.length < (options.parallelFrom ?? PARALLEL_FROM)) return here(jobs);
  // A worker needs a moment to load the renderer: the main thread takes a larger share.
  const first = Math.ceil(jobs.length / (threads + 1) + jobs.length * 0.04);
  const rest = jobs.slice(first);
  const size = Math.ceil(rest.length / threads);
  const workers = Array.from({ length: threads }, (_, i) => inWorker(rest.slice(i * size, (i + 1) * size), settings));
  const mine = await here(jobs.slice(0, first));
  return [mine, ...(await Promise.all(workers))].flat();
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function inWorker(jobs: RenderJob[], settings: RendererSettings): Promise<Rendered[]> {
  if (!jobs.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { jobs, settings } });
    worker.once('message', (rendered: Rendered[]) => {
      resolve(rendered);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a Markdown rendering thread stopped (exit code ${code})`)));
  });
}
