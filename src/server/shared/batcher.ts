/**
 * Batching: calls that arrive while earlier ones are in flight are handled together. For writes
 * this is group commit: one transaction with one statement per kind of row instead of one per item,
 * which turns many small transactions (each a handful of round trips and a WAL flush) into few larger
 * ones. For reads it is one query for many keys (`where bsn = any(…)`) instead of one per key.
 * Without load a batch holds one item and nothing waits.
 *
 * An item never depends on the others in its batch: when a batch fails as a whole, each of its
 * items goes again on its own, so one item's error is that item's alone.
 */
export interface BatcherOptions<I, O> {
  /** Handles the items together (a write in one transaction, a read in one query) and returns one result per item, in order. */
  run(items: I[]): Promise<O[]>;
  /** Most items in one batch. */
  maxBatch: number;
  /** Batches written at the same time (one per pooled connection it may hold). */
  maxInFlight: number;
}

export type Batcher<I, O> = (item: I) => Promise<O>;

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export function createBatcher<I, O>(options: BatcherOptions<I, O>): Batcher<I, O> {
  if (options.maxBatch < 1 || options.maxInFlight < 1) throw new Error('maxBatch and maxInFlight must be at least 1');
  const queue: Pending<I, O>[] = [];
  let inFlight = 0;

  const runAlone = async (pending: Pending<I, O>) => {
    try {
      const [result] = await options.run([pending.item]);
      pending.resolve(result as O);
    } catch (error) {
      pending.reject(error);
    }
  };

  const runBatch = async (batch: Pending<I, O>[]) => {
    try {
      const results = await options.run(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`batcher: ${results.length} results for ${batch.length} items`);
      batch.forEach((p, i) => p.resolve(results[i] as O));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // A failed batch had no effect (a write is one transaction): each item goes again on its own.
      for (const pending of batch) await runAlone(pending);
    }
  };

  const drain = () => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight += 1;
      void runBatch(batch).finally(() => {
        inFlight -= 1;
        drain();
      });
    }
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Deferred to the end of this tick, so items that arrive together go in one batch.
      if (queue.length === 1) queueMicrotask(drain);
    });
}

/**
 * One batcher per database handle (or any other key), made on first use: a use case asks for the
 * one of the database it was given, and each app instance (tests build many) gets its own.
 */
export function batcherPer<K extends object, I, O>(options: Omit<BatcherOptions<I, O>, 'run'> & { run(key: K, items: I[]): Promise<O[]> }): (key: K) => Batcher<I, O> {
  const batchers = new WeakMap<K, Batcher<I, O>>();
  return (key) => {
    let batcher = batchers.get(key);
    if (!batcher) {
      batcher = createBatcher({ maxBatch: options.maxBatch, maxInFlight: options.maxInFlight, run: (items) => options.run(key, items) });
      batchers.set(key, batcher);
    }
    return batcher;
  };
}

/**
 * A batcher for lookups by key (one per database handle or other key, as batcherPer): the keys of a
 * batch are read together, each once, and every caller gets its own key's value, or undefined when
 * the read found none.
 */
export function lookupBatcherPer<K extends object, V>(options: Omit<BatcherOptions<string, V | undefined>, 'run'> & { read(key: K, keys: string[]): Promise<Map<string, V>> }): (key: K) => Batcher<string, V | undefined> {
  return batcherPer({
    maxBatch: options.maxBatch,
    maxInFlight: options.maxInFlight,
    run: async (key, keys) => {
      const found = await options.read(key, [...new Set(keys)]);
      return keys.map((k) => found.get(k));
    },
  });
}
