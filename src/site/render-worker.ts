/** A thread that renders batches of Markdown bodies for render-bodies.ts, as Astro's Markdown renderer does. */
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { markdownProcessor } from '../lib/markdown/plugins.ts';
import { serveBatches } from '../lib/thread-pool.ts';
import type { RenderJob, RendererSettings } from './render-bodies.ts';
import { summaryOfHtml, type Rendered } from './rendered-cache.ts';

const { settings } = workerData as { settings: RendererSettings };
const renderer = await markdownProcessor.createRenderer(settings as never);
serveBatches(async (jobs: RenderJob[]) => {
  const out: Rendered[] = [];
  for (const job of jobs) {
    const result = await renderer.render(job.body, { frontmatter: job.data, fileURL: pathToFileURL(job.filePath) });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    out.push({
      html: result.code,
      metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] } as Rendered['metadata'],
      summary: summaryOfHtml(result.code),
    });
  }
  return out;
});
