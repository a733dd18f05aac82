import os from 'node:os';
import { eachInThreads } from '../lib/thread-pool.ts';
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
 * Render Markdown bodies, in order: the main thread with Astro's own renderer and worker
 * threads with the same processor and settings (render-worker.ts) take batches in turn,
 * so that a cold build renders on every core. Each body goes to `use` as it is rendered,
 * so that they need not all be held at once.
 */
export async function renderBodies(
  jobs: RenderJob[],
  renderHere: (job: RenderJob) => Promise<Rendered>,
  settings: RendererSettings,
  use: (index: number, rendered: Rendered) => void,
  options: { parallelFrom?: number; batch?: number } = {},
): Promise<void> {
  const threads = Math.min(os.availableParallelism() - 1, 3);
  const cloneable = isCloneable(settings);
  const here = async (share: RenderJob[]) => {
    const out: Rendered[] = [];
    for (const job of share) out.push(await renderHere(job));
    return out;
  };
  if (threads < 1 || !cloneable || jobs.length < (options.parallelFrom ?? PARALLEL_FROM)) {
    (await here(jobs)).forEach((r, i) => use(i, r));
    return;
  }
  const worker = new URL('./render-worker.ts', import.meta.url);
  await eachInThreads(
    jobs,
    { worker, workerData: { settings }, threads, here, batch: options.batch, weigh: (job) => job.body.length, what: 'Markdown rendering' },
    use,
  );
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
