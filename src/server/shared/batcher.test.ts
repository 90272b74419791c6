import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBatcher, lookupBatcherPer } from './batcher.js';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('createBatcher', () => {
  it('writes an item at once when nothing is in flight, and what arrives meanwhile as one batch', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const commit = createBatcher<number, number>({
      maxBatch: 10,
      maxInFlight: 1,
      run: async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate.promise;
        return items.map((n) => n * 2);
      },
    });
    const first = commit(1);
    await new Promise((r) => setTimeout(r, 5));
    const rest = [2, 3, 4].map((n) => commit(n));
    gate.release();
    expect(await Promise.all([first, ...rest])).toEqual([2, 4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps batches to maxBatch and no more than maxInFlight at a time', async () => {
    let active = 0;
    let most = 0;
    const sizes: number[] = [];
    const commit = createBatcher<number, number>({
      maxBatch: 3,
      maxInFlight: 2,
      run: async (items) => {
        active += 1;
        most = Math.max(most, active);
        sizes.push(items.length);
        await new Promise((r) => setTimeout(r, 2));
        active -= 1;
        return items;
      },
    });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => commit(i)));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(2);
    expect(Math.max(...sizes)).toBe(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('writes each item of a failed batch again on its own, so only the bad item fails', async () => {
    const writes: number[][] = [];
    const gate = deferred();
    const commit = createBatcher<number, string>({
      maxBatch: 10,
      maxInFlight: 1,
      run: async (items) => {
        writes.push(items);
        if (writes.length === 1) await gate.promise;
        if (items.includes(13)) throw new Error(`13 in ${items.join(',')}`);
        return items.map(String);
      },
    });
    const first = commit(1);
    await new Promise((r) => setTimeout(r, 5));
    const batch = [12, 13, 14].map((n) => commit(n).then((v) => v, (e: Error) => e.message));
    gate.release();
    expect(await first).toBe('1');
    expect(await Promise.all(batch)).toEqual(['12', '13 in 13', '14']);
    expect(writes).toEqual([[1], [12, 13, 14], [12], [13], [14]]);
  });

  it('answers every item with its own result, whatever the arrival pattern', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer(), fc.nat(3)), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), async (arrivals, maxBatch, maxInFlight) => {
        const commit = createBatcher<number, number>({
          maxBatch,
          maxInFlight,
          run: async (items) => {
            await new Promise((r) => setTimeout(r, 0));
            return items.map((n) => n + 1);
          },
        });
        const answers: Promise<number>[] = [];
        for (const [value, wait] of arrivals) {
          answers.push(commit(value));
          if (wait) await new Promise((r) => setTimeout(r, wait - 1));
        }
        expect(await Promise.all(answers)).toEqual(arrivals.map(([value]) => value + 1));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a batch size or parallelism below one', () => {
    expect(() => createBatcher({ maxBatch: 0, maxInFlight: 1, run: async () => [] })).toThrow(/at least 1/);
  });
});

describe('lookupBatcherPer', () => {
  it('reads the keys of a batch once each and gives every caller its own value, undefined when not found', async () => {
    const reads: string[][] = [];
    const lookups = lookupBatcherPer<object, string>({
      maxBatch: 10,
      maxInFlight: 1,
      read: async (_key, keys) => {
        reads.push(keys);
        return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
      },
    });
    const lookup = lookups({});
    const answers = ['a', 'b', 'a', 'missing', 'b'].map((k) => lookup(k));
    expect(await Promise.all(answers)).toEqual(['A', 'B', 'A', undefined, 'B']);
    expect(reads).toEqual([['a', 'b', 'missing']]);
  });
});
