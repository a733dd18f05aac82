import path from 'node:path';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { releaseBodies, sharedContent } from '../lib/content/shared-model.ts';
import { checkCacheDir } from '../lib/site.ts';
import { formatReport } from '../lib/validate/problems.ts';
import { sourceVersion } from '../lib/source-version.ts';
import { quickContent, type ContentModel } from '../lib/content/load-content.ts';
import type { ArticleFile } from '../lib/content-files.ts';
import { rulesDigest } from '../lib/content/check-cache.ts';
import { excerpt } from '../lib/excerpt.ts';
import { proseOf } from '../lib/prose.ts';
import { hasRendered, pruneRendered, readRendered, renderedDir, summaryOfHtml, writeRendered, type Rendered } from './rendered-cache.ts';
import { renderBodies, type RenderJob } from './render-bodies.ts';
import { mayShowPictures, provideRenderOnDemand } from './render-on-demand.ts';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { fileDigest } from '../lib/content/file-digest.ts';
import { releaseMemory } from '../lib/release-memory.ts';

/**
 * The articles collection, loaded from the content model that `npm run check` runs
 * (src/lib/content/load-content.ts) instead of Astro's glob loader: the same files, read
 * and parsed once, with front-matter as YAML data only. Content with an error stops
 * `astro build` here, before anything is written, with check's report and no stack
 * trace; the dev server prints the report and leaves the failing files out.
 */
export function articleLoader(options: { contentDir: () => string; publishFuture: () => boolean }): Loader {
  return {
    name: 'bulletin-articles',
    load: async (context) => {
      const dir = options.contentDir();
      const settings = () => ({ publishFuture: options.publishFuture(), cacheDir: checkCacheDir() });
      const watcher = context.watcher;
      if (!watcher) {
        const model = await sharedContent(dir, settings());
        await sync(context, model);
        releaseBodies(model);
        return;
      }
      // The dev server serves at once from what is quick to know (the check cache, the
      // front matter), and leaves out what turns out wrong when the full check, in worker
      // threads behind it, is done. An edit shows the same way: at once, then checked.
      // Syncs run one after another; only the latest full check's model is used.
      let queue = Promise.resolve();
      const serial = (work: () => Promise<void>) => {
        queue = queue.then(work).catch((error) => context.logger.error(String(error)));
        return queue;
      };
      // After a check or an edit, that work's garbage is given back once the server has been
      // idle a moment.
      let idle: NodeJS.Timeout | undefined;
      const release = () => {
        clearTimeout(idle);
        idle = setTimeout(releaseMemory, IDLE_MS);
      };
      // One full check at a time: an edit saved while one runs waits for it (its thread's
      // memory is not doubled, nor its core taken from the server), then is checked again,
      // the unchanged files then known from the check cache that the first one wrote. A
      // check that began before the latest edit is not synced: it would undo the edit.
      let edits = 0;
      let checking = false;
      const fullCheck = () => {
        if (checking) return;
        checking = true;
        const seen = edits;
        sharedContent(dir, { ...settings(), offMainThread: true, reuseParsed: true }, true)
          .then((model) => (seen === edits ? serial(() => sync(context, model)) : undefined))
          .catch((error) => context.logger.error(String(error)))
          .finally(() => {
            checking = false;
            release();
            if (seen !== edits) fullCheck();
          });
      };
      // Its report waits for the full check: a partial one would only repeat in the log.
      const quick = () => serial(() => sync(context, quickContent(dir, { ...settings(), reuseParsed: true }), false));
      await quick();
      // Reading and syncing every article leaves the most garbage of the session: collected
      // before the server serves and the checking thread starts (about 0.5 s at 2,000
      // articles), the first page's work reuses that memory instead of adding to it.
      releaseMemory();
      fullCheck();
      const again = () => {
        edits++;
        void quick().then(() => {
          release();
          fullCheck();
        });
      };
      const root = path.resolve(dir);
      watcher.add(root);
      let timer: NodeJS.Timeout | undefined;
      const changed = (file: string) => {
        if (!path.resolve(file).startsWith(root + path.sep)) return;
        clearTimeout(timer);
        timer = setTimeout(again, 100);
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, changed);
    },
  };
}

/**
 * The loader context Astro's content layer really passes (astro/dist/content/content-layer.js
 * and mutable-data-store.js): its public LoaderContext type leaves out the entry types by
 * file extension (content and data types; only content types render) and the store's
 * `addAssetImports`, which Astro's own glob loader uses and this loader uses as it does.
 */
type ContentLayerContext = LoaderContext & {
  entryTypes: Map<string, { getRenderFunction?: ContentEntryType['getRenderFunction'] }>;
  store: LoaderContext['store'] & { addAssetImports(assets: string[], filePath?: string): void };
};

/** Put the model's articles into Astro's store; entries whose file did not change are kept. */
async function sync(context: LoaderContext, model: ContentModel, report = true): Promise<void> {
  const { store, config, logger, entryTypes } = context as ContentLayerContext;
  if (report && model.problems.length) {
    const text = formatReport(model.problems, model.files.length, 'content');
    if (model.failing.size && !context.watcher) {
      // A build: refuse before anything is written, with the editor's report only.
      process.stderr.write(`${text}\n`);
      process.exit(1);
    }
    for (const line of text.split('\n')) line.includes(' error: ') ? logger.error(line) : logger.warn(line);
  }
  const articlesDir = path.join(model.dir, 'articles');
  const root = new URL(config.root).pathname;
  const render = await entryTypes.get('.md')?.getRenderFunction?.(config);
  // A rendered body is reused only while the renderer (our plugins, settings, Astro's
  // configuration and the packages) is the one that made it.
  const renderer = createHash('sha256')
    .update([STORE_FORMAT, rulesDigest() ?? '', ...RENDERER_FILES.map((f) => readOr(path.join(root, f)))].join('\n'))
    .digest('base64url');
  const untouched = new Set(store.keys());
  const live = new Set<string>();
  const entries = model.files
    .filter((f) => f.data && !model.failing.has(f.file))
    .map((f) => {
      const filePath = path.resolve(f.file);
      const id = path
        .relative(articlesDir, f.file)
        .split(path.sep)
        .join('/')
        .replace(/\.mdx?$/, '');
      const relativePath = path.relative(root, filePath).split(path.sep).join('/');
      const digest = context.generateDigest(`${renderer}\n${fileDigest(f)}`);
      return { f, id, filePath, relativePath, digest, mode: renderModeOf(f, Boolean(context.watcher)) };
    });
  // The bodies no build has rendered yet, all at once, on every core.
  const jobs = entries.filter((e) => e.mode === 'cached' && !hasRendered(e.digest));
  const settings = {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
  };
  const renderHere = async (job: RenderJob): Promise<Rendered> => {
    const result = await render?.({ ...job, digest: '' } as never);
    if (!result) throw new Error(`${job.filePath}: Astro has no Markdown renderer`);
    return { html: result.html, metadata: result.metadata, summary: summaryOfHtml(result.html) };
  };
  const jobOf = (e: (typeof entries)[number]): RenderJob => ({ id: e.id, data: e.f.data!, body: e.f.body ?? '', filePath: e.filePath });
  await renderBodies(jobs.map(jobOf), renderHere, settings, (i, rendered) => writeRendered(jobs[i].digest, rendered));
  if (context.watcher) {
    const byId = new Map(entries.filter((e) => e.mode === 'on-demand').map((e) => [e.id, e]));
    provideRenderOnDemand(async (id) => {
      const e = byId.get(id);
      if (!e) return undefined;
      const known = readRendered(e.digest);
      if (known) return known;
      const rendered = await renderHere(jobOf(e));
      writeRendered(e.digest, rendered);
      // Pictures the quick look (mayShowPictures) missed show from the next reload.
      if (rendered.metadata?.imagePaths?.length) store.addAssetImports(rendered.metadata.imagePaths, e.relativePath);
      return rendered;
    });
  }
  for (const { f, id, filePath, relativePath, digest, mode } of entries) {
    untouched.delete(id);
    if (mode === 'cached') live.add(digest);
    const existing = store.get(id);
    if (existing && existing.digest === digest && existing.filePath === relativePath) {
      if (existing.deferredRender) store.addModuleImport(existing.filePath);
      if (existing.assetImports?.length) store.addAssetImports(existing.assetImports, existing.filePath);
      continue;
    }
    const version = sourceVersion(f.data!, f.body ?? '');
    // The store keeps no body: see rendered-cache.ts.
    if (mode !== 'cached') {
      // The dev server works a summary out when a list shows it (summary.ts), not all at start.
      const summary = context.watcher ? undefined : excerpt(proseOf(f.body ?? '', f.ext === '.mdx'));
      const data = await context.parseData({ id, data: { ...f.data, _version: version, _summary: summary }, filePath });
      store.set({ id, data, filePath: relativePath, digest, deferredRender: mode === 'astro' });
      continue;
    }
    const rendered = readRendered(digest);
    if (!rendered) throw new Error(`${f.file}: its rendered body is missing from ${renderedDir()}`);
    const data = await context.parseData({ id, data: { ...f.data, _version: version, _summary: rendered.summary }, filePath });
    store.set({ id, data, filePath: relativePath, digest, assetImports: rendered.metadata?.imagePaths });
  }
  for (const id of untouched) store.delete(id);
  if (!context.watcher) pruneRendered(live);
}

/**
 * Who renders an article's body: Astro from its file when a page asks (`astro`), the dev
 * server when a page first shows it (`on-demand`), or the loader ahead, into the
 * rendered-body cache (`cached`, a build).
 */
type RenderMode = 'astro' | 'on-demand' | 'cached';

/**
 * MDX is always rendered by Astro from its file when a page asks for it. The dev server
 * renders no body before serving: a Markdown body with pictures goes the MDX way (Astro's
 * module for the file resolves them), any other when a page first shows it
 * (render-on-demand.ts), by the build's renderer, without a module per article.
 */
function renderModeOf(f: ArticleFile, devServer: boolean): RenderMode {
  if (f.ext === '.mdx' || (devServer && mayShowPictures(f.body ?? ''))) return 'astro';
  return devServer ? 'on-demand' : 'cached';
}

/** How long the dev server waits after a sync before it gives back that work's memory. */
const IDLE_MS = 1500;

/** Beyond the checks' code (rulesDigest): what else makes a rendered body and its summary. */
const RENDERER_FILES = ['astro.config.mjs', 'src/lib/excerpt.ts', 'src/site/rendered-cache.ts', 'src/site/render-bodies.ts', 'src/site/render-worker.ts'];

/** Changes when what the store holds changes shape, so that a store from an older release is not reused. */
const STORE_FORMAT = 'bodies-on-disk-2';

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
