import path from 'node:path';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sharedContent } from '../lib/content/shared-model.ts';
import { checkCacheDir } from '../lib/site.ts';
import { formatReport } from '../lib/validate/problems.ts';
import { sourceVersion } from '../lib/source-version.ts';
import type { ContentModel } from '../lib/content/load-content.ts';
import { rulesDigest } from '../lib/content/check-cache.ts';
import { excerpt, htmlToText } from '../lib/excerpt.ts';
import { proseOf } from '../lib/prose.ts';
import { hasRendered, pruneRendered, readRendered, writeRendered } from './rendered-cache.ts';
import fs from 'node:fs';

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
      const model = sharedContent(dir, { publishFuture: options.publishFuture(), cacheDir: checkCacheDir() });
      await sync(context, model);
      const watcher = context.watcher;
      if (!watcher) return;
      const root = path.resolve(dir);
      watcher.add(root);
      let timer: NodeJS.Timeout | undefined;
      const changed = (file: string) => {
        if (!path.resolve(file).startsWith(root + path.sep)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          sync(context, sharedContent(dir, { publishFuture: options.publishFuture(), cacheDir: checkCacheDir() }, true)).catch((error) =>
            context.logger.error(String(error)),
          );
        }, 100);
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
async function sync(context: LoaderContext, model: ContentModel): Promise<void> {
  const { store, config, logger, entryTypes } = context as ContentLayerContext;
  if (model.problems.length) {
    const report = formatReport(model.problems, model.files.length, 'content');
    if (model.failing.size && !context.watcher) {
      // A build: refuse before anything is written, with the editor's report only.
      process.stderr.write(`${report}\n`);
      process.exit(1);
    }
    for (const line of report.split('\n')) line.includes(' error: ') ? logger.error(line) : logger.warn(line);
  }
  const articlesDir = path.join(model.dir, 'articles');
  const root = new URL(config.root).pathname;
  const render = await entryTypes.get('.md')?.getRenderFunction?.(config);
  // A rendered body is reused only while the renderer (our plugins, settings, Astro's
  // configuration and the packages) is the one that made it.
  const renderer = `${STORE_FORMAT}\n${rulesDigest() ?? ''}\n${readOr(path.join(root, 'astro.config.mjs'))}`;
  const untouched = new Set(store.keys());
  const live = new Set<string>();
  for (const f of model.files) {
    if (!f.data || model.failing.has(f.file)) continue;
    const filePath = path.resolve(f.file);
    const id = path
      .relative(articlesDir, f.file)
      .split(path.sep)
      .join('/')
      .replace(/\.mdx?$/, '');
    const relativePath = path.relative(root, filePath).split(path.sep).join('/');
    untouched.delete(id);
    const digest = context.generateDigest(`${renderer}\n${f.ext}\n${JSON.stringify(f.data)}\n${f.body}`);
    const existing = store.get(id);
    const deferred = f.ext === '.mdx' || Boolean(context.watcher);
    if (!deferred) live.add(digest);
    if (existing && existing.digest === digest && existing.filePath === relativePath && (deferred || hasRendered(digest))) {
      if (existing.deferredRender) store.addModuleImport(existing.filePath);
      if (existing.assetImports?.length) store.addAssetImports(existing.assetImports, existing.filePath);
      continue;
    }
    const version = sourceVersion(f.data, f.body ?? '');
    // MDX always, and in the dev server Markdown too, is rendered when a page asks for it
    // (by Astro's Markdown module, from the file the checks have passed): the dev server
    // then starts without rendering every article, and holds no article's HTML it is not showing.
    // The store keeps no body: see rendered-cache.ts.
    if (deferred) {
      // The dev server works a summary out when a list shows it (summary.ts), not all at start.
      const summary = context.watcher ? undefined : excerpt(proseOf(f.body ?? '', f.ext === '.mdx'));
      const data = await context.parseData({ id, data: { ...f.data, _version: version, _summary: summary }, filePath });
      store.set({ id, data, filePath: relativePath, digest, deferredRender: true });
      continue;
    }
    let rendered = readRendered(digest);
    if (!rendered) {
      const made = await render?.({ id, data: f.data, body: f.body ?? '', filePath, digest } as never);
      if (!made) throw new Error(`${f.file}: Astro has no Markdown renderer`);
      rendered = { html: made.html, metadata: made.metadata, summary: excerpt(htmlToText(made.html)) };
      writeRendered(digest, rendered);
    }
    const summary = rendered.summary;
    const data = await context.parseData({ id, data: { ...f.data, _version: version, _summary: summary }, filePath });
    store.set({ id, data, filePath: relativePath, digest, assetImports: rendered.metadata?.imagePaths });
  }
  for (const id of untouched) store.delete(id);
  if (!context.watcher) pruneRendered(live);
}

/** Changes when what the store holds changes shape, so that a store from an older release is not reused. */
const STORE_FORMAT = 'bodies-on-disk-1';

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
