import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { eachInThreads, inThreads } from '../../src/lib/thread-pool.ts';

const worker = new URL('../fixtures/workers/square-worker.ts', import.meta.url);
const numbers = Array.from({ length: 100 }, (_, i) => i);
type Square = { square: number; thread: number };
const here = (items: number[]): Square[] => items.map((n) => ({ square: n * n, thread: threadId }));

describe('inThreads', () => {
  it('gives every result in order, the work shared between this thread and two others', async () => {
    const out = await inThreads(numbers, { worker, workerData: null, threads: 2, here, batch: 3, what: 'squaring' });
    expect(out.map((r) => r.square)).toEqual(numbers.map((n) => n * n));
    const threads = new Set(out.map((r) => r.thread));
    expect(threads.has(threadId)).toBe(true);
    expect(threads.size).toBe(3);
  });

  it('leaves all the work to the threads when this thread has no share', async () => {
    const out = await inThreads<number, Square>(numbers, { worker, workerData: null, threads: 1, batch: 10, what: 'squaring' });
    expect(out.map((r) => r.square)).toEqual(numbers.map((n) => n * n));
    expect(out.every((r) => r.thread !== threadId)).toBe(true);
  });

  it('gives each result as it comes, with its index, when none need be kept', async () => {
    const seen = new Map<number, number>();
    await eachInThreads<number, Square>(numbers, { worker, workerData: null, threads: 2, batch: 7, what: 'squaring' }, (i, r) => seen.set(i, r.square));
    expect(seen.size).toBe(numbers.length);
    for (const n of numbers) expect(seen.get(n)).toBe(n * n);
  });

  it('gives the same results when its threads collect their garbage between batches', async () => {
    const out = await inThreads<number, Square>(numbers, { worker, workerData: null, threads: 2, batch: 3, releaseEvery: 2, what: 'squaring' });
    expect(out.map((r) => r.square)).toEqual(numbers.map((n) => n * n));
  });

  it('finishes at once with nothing to do', async () => {
    expect(await inThreads([], { worker, workerData: null, threads: 2, what: 'squaring' })).toEqual([]);
  });

  it("fails with the thread's error when one batch fails", async () => {
    await expect(inThreads([1, 2, -3, 4], { worker, workerData: null, threads: 1, batch: 1, what: 'squaring' })).rejects.toThrow('cannot square -3');
  });
});

describe('inThreads batches', () => {
  it('hands a thread no more weight at a time than a batch may hold, a heavy item alone', async () => {
    const sizes: number[] = [];
    const items = [10, 200_000, 100_000, 300_000, 5, 5, 5];
    await inThreads(items, { worker, workerData: null, threads: 0, here: (b) => (sizes.push(b.length), b), weigh: (n) => n, what: 'weighing' });
    expect(sizes).toEqual([2, 1, 1, 3]);
  });
});
