import path from 'node:path';
import { loadContentInParallel, type ContentModel } from './load-content.ts';

// Astro loads its configuration and the content loader as separate module graphs in one
// process: the model is kept on globalThis so that the build reads each file once.
const KEY = Symbol.for('ban-tin.content-model');
type Slot = { key: string; model: Promise<ContentModel> };

/**
 * The content model of a folder, read once per process (see load-content.ts); `reload`
 * reads it again (the dev server, after an editor saved a file).
 */
export function sharedContent(dir: string, options: { publishFuture: boolean; cacheDir?: string }, reload = false): Promise<ContentModel> {
  const slot = (globalThis as Record<symbol, Slot | undefined>)[KEY];
  const key = `${path.resolve(dir)}\n${options.publishFuture}`;
  if (!reload && slot?.key === key) return slot.model;
  const model = loadContentInParallel(dir, options);
  (globalThis as Record<symbol, Slot>)[KEY] = { key, model };
  return model;
}
