/** A thread that renders a share of the Markdown bodies for render-bodies.ts, as Astro's Markdown renderer does. */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownProcessor } from '../lib/markdown/plugins.ts';
import type { RenderJob, RendererSettings } from './render-bodies.ts';
import { summaryOfHtml, type Rendered } from './rendered-cache.ts';

const { jobs, settings } = workerData as { jobs: RenderJob[]; settings: RendererSettings };
const renderer = await markdownProcessor.createRenderer(settings as never);
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
parentPort!.postMessage(out);
