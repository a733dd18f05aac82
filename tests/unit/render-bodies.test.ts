import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/lib/markdown/plugins.ts';
import { renderBodies, type RenderJob } from '../../src/site/render-bodies.ts';
import { summaryOfHtml, type Rendered } from '../../src/site/rendered-cache.ts';

const settings = { image: { domains: [], remotePatterns: [] }, syntaxHighlight: false, gfm: true, smartypants: false };

const bodies = [
  '# Hội thảo hữu nghị\n\nĐoàn đại biểu **Lào** thăm Huế.\n\n![Lễ đón](./cover.jpg)',
  'Bài *thứ hai* với <script>alert(1)</script> và [liên kết](https://example.org).',
  '| Tỉnh | Dự án |\n|---|---|\n| Quảng Trị | 3 |',
  'ບົດ​ຂ່າວ​ພາສາ​ລາວ ແລະ ខ្មែរ 中文新闻',
];
const jobs: RenderJob[] = bodies.map((body, i) => ({
  id: `a${i}/vi`,
  data: { title: `T${i}` },
  body: body.normalize('NFD'),
  filePath: `/content/articles/a${i}/vi.md`,
}));

describe('renderBodies', () => {
  it('renders in worker threads exactly as in the main thread, in order', async () => {
    const renderer = await markdownProcessor.createRenderer(settings as never);
    const here = async (job: RenderJob) => {
      const r = await renderer.render(job.body, { frontmatter: job.data, fileURL: pathToFileURL(job.filePath) });
      const { localImagePaths, remoteImagePaths } = r.metadata;
      return { html: r.code, metadata: { ...r.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] }, summary: summaryOfHtml(r.code) };
    };
    const collect = async (options?: { parallelFrom: number; batch: number }) => {
      const out: Rendered[] = [];
      let onThisThread = 0;
      const counted = (job: RenderJob) => (onThisThread++, here(job));
      await renderBodies(jobs, counted, settings, (i, r) => (out[i] = r), options);
      return { out, onThisThread };
    };
    const alone = await collect();
    expect(alone.onThisThread).toBe(jobs.length);
    const { out: threaded, onThisThread } = await collect({ parallelFrom: 0, batch: 1 });
    expect(onThisThread).toBeLessThan(jobs.length);
    expect(threaded).toEqual(alone.out);
    // The article plugins ran in the threads too: NFC text, no script, safe external links, the picture found.
    expect(threaded[0].html).toContain('Hội thảo hữu nghị'.normalize('NFC'));
    expect(threaded[0].metadata?.imagePaths).toEqual(['./cover.jpg']);
    expect(threaded[1].html).not.toContain('<script');
    expect(threaded[1].html).toContain('rel="noopener noreferrer"');
    expect(threaded[3].summary).toBe('ບົດ​ຂ່າວ​ພາສາ​ລາວ ແລະ ខ្មែរ 中文新闻');
  });
});
