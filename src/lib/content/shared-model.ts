import path from 'node:path';
import { loadContentInParallel, type ContentModel } from './load-content.ts';

// Astro loads its configuration and the content loader as separate module graphs in one
// process: the model is kept on globalThis so that the build reads each file once.
const KEY = Symbol.for('ban-tin.content-model');
type Slot = { key: string; model: Promise<ContentModel>; settled?: ContentModel };
const slot = () => (globalThis as Record<symbol, Slot | undefined>)[KEY];

/**
 * The content model of a folder, read once per process (see load-content.ts); `reload`
 * reads it again (the dev server, after an editor saved a file).
 */
export function sharedContent(dir: string, options: { publishFuture: boolean; cacheDir?: string; offMainThread?: boolean; reuseParsed?: boolean }, reload = false): Promise<ContentModel> {
  const key = `${path.resolve(dir)}\n${options.publishFuture}`;
  const current = slot();
  if (!reload && current?.key === key) return current.model;
  const next: Slot = { key, model: loadContentInParallel(dir, options) };
  next.model.then((model) => (next.settled = model)).catch(() => {});
  (globalThis as Record<symbol, Slot>)[KEY] = next;
  return next.model;
}

/** The model the build has read, once it has (undefined before: see sharedContent). */
export function settledContent(): ContentModel | undefined {
  return slot()?.settled;
}

/**
 * Once the content loader has put the articles into Astro's store, a build needs of the
 * model only what the sitemap reads (which file is which article and language): the
 * bodies and line maps, a large share of a big newsroom's memory, can go.
 */
export function releaseBodies(model: ContentModel): void {
  for (const f of model.files) {
    delete f.body;
    delete f.lines;
  }
}
