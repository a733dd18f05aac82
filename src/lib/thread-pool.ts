import { Worker, parentPort } from 'node:worker_threads';
import { releaseMemory } from './release-memory.ts';

/**
 * How much a thread is handed at a time, in items and in weight (e.g. characters of text):
 * a thread holds at most two batches, so that its memory stays small whatever the size of
 * the newsroom (about 40 real bulletins; one very large file goes alone), and it never
 * waits for work.
 */
const BATCH = 40;
const BATCH_WEIGHT = 256 * 1024;

export interface PoolOptions<T, R> {
  /** The worker thread's module: it calls serveBatches. */
  worker: URL;
  /** What every thread starts with (structured-cloneable): settings, registries. */
  workerData: unknown;
  /** How many worker threads. */
  threads: number;
  /** This thread's own share, batch by batch; without it this thread only hands out work. */
  here?: (batch: T[]) => R[] | Promise<R[]>;
  /** Items per batch at most. */
  batch?: number;
  /** An item's weight (e.g. its text's length): a batch stops at BATCH_WEIGHT. */
  weigh?: (item: T) => number;
  /** What the threads do, for the message when one fails: "the content check". */
  what: string;
  /**
   * A thread collects its garbage after every this many batches, where V8 would let the
   * garbage of hundreds of files pile up: for a process that must stay small while it goes
   * on (the dev server: its peak about 975 → 840 MiB with 8). None by default: a build's
   * threads have ended before its peak, and collecting cost them about 3 s at 2,000 articles.
   */
  releaseEvery?: number;
}

/** Map items to results, in order, over worker threads (and this thread, given `here`): see eachInThreads. */
export async function inThreads<T, R>(items: T[], options: PoolOptions<T, R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  await eachInThreads(items, options, (i, r) => (out[i] = r));
  return out;
}

/**
 * Work items out over worker threads (and this thread, given `here`), giving each result
 * to `use` with its item's index as it comes, so that none need be kept: batches are
 * handed out as threads finish the previous ones, so that a slow batch does not leave a
 * core idle and no thread holds more than two batches.
 */
export async function eachInThreads<T, R>(items: T[], options: PoolOptions<T, R>, use: (index: number, result: R) => void): Promise<void> {
  const size = Math.max(1, options.batch ?? BATCH);
  const weigh = options.weigh ?? (() => 0);
  let next = 0;
  const take = () => {
    if (next >= items.length) return undefined;
    const start = next;
    let weight = weigh(items[next++]);
    while (next < items.length && next - start < size && weight + weigh(items[next]) <= BATCH_WEIGHT) weight += weigh(items[next++]);
    return { start, items: items.slice(start, next) };
  };
  const put = (start: number, results: R[]) => results.forEach((r, i) => use(start + i, r));
  const started: Worker[] = [];

  const thread = () =>
    new Promise<void>((resolve, reject) => {
      // A thread is started only when there is work for it.
      const first = take();
      if (!first) return resolve();
      // No resourceLimits: with any heap bound (young or old generation), Node 24 brought the
      // whole process down now and then (SIGSEGV, SIGTRAP) as threads came and went; the
      // small batches keep a thread's memory down without it.
      const worker = new Worker(options.worker, { workerData: options.workerData });
      started.push(worker);
      let inFlight = 0;
      let fed = 0;
      const feed = (batch = take()) => {
        if (!batch) return;
        inFlight++;
        const release = !!options.releaseEvery && ++fed % options.releaseEvery === 0;
        worker.postMessage({ ...batch, release });
      };
      const done = () => {
        resolve();
        void worker.terminate();
      };
      worker.on('message', ({ start, results }: { start: number; results: R[] }) => {
        inFlight--;
        put(start, results);
        feed();
        if (!inFlight) done();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`${options.what}'s thread stopped (exit code ${code})`)));
      feed(first);
      feed();
    });

  const mine = async () => {
    if (!options.here) return;
    for (let batch = take(); batch; batch = take()) {
      put(batch.start, await options.here(batch.items));
      // Let the threads' answers in, so that they are handed their next batch.
      await new Promise((r) => setImmediate(r));
    }
  };

  try {
    await Promise.all([mine(), ...Array.from({ length: options.threads }, thread)]);
  } finally {
    for (const worker of started) void worker.terminate();
  }
}

/** In a worker thread of inThreads: answer each batch with `handle`'s results, one batch after another. */
export function serveBatches<T, R>(handle: (items: T[]) => R[] | Promise<R[]>): void {
  const port = parentPort!;
  let queue = Promise.resolve();
  port.on('message', ({ start, items, release }: { start: number; items: T[]; release: boolean }) => {
    queue = queue.then(async () => {
      port.postMessage({ start, results: await handle(items) });
      // A thread's live data is its code and a batch or two (PoolOptions.releaseEvery).
      if (release) releaseMemory();
    });
  });
}
