/**
 * Group commit: work items that arrive while earlier ones are being written are written together,
 * in one transaction with one statement per kind of row instead of one per item. Under load this
 * turns many small transactions (each a handful of round trips and a WAL flush) into few larger
 * ones; without load a batch holds one item and nothing waits.
 *
 * An item never depends on the others in its batch: when a batch fails as a whole, each of its
 * items is written again on its own, so one item's error is that item's alone.
 */
export interface GroupCommitOptions<I, O> {
  /** Writes the items in one transaction and returns one result per item, in order. */
  write(items: I[]): Promise<O[]>;
  /** Most items in one batch. */
  maxBatch: number;
  /** Batches written at the same time (one per pooled connection it may hold). */
  maxInFlight: number;
}

export type GroupCommit<I, O> = (item: I) => Promise<O>;

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export function createGroupCommit<I, O>(options: GroupCommitOptions<I, O>): GroupCommit<I, O> {
  if (options.maxBatch < 1 || options.maxInFlight < 1) throw new Error('maxBatch and maxInFlight must be at least 1');
  const queue: Pending<I, O>[] = [];
  let inFlight = 0;

  const writeAlone = async (pending: Pending<I, O>) => {
    try {
      const [result] = await options.write([pending.item]);
      pending.resolve(result as O);
    } catch (error) {
      pending.reject(error);
    }
  };

  const writeBatch = async (batch: Pending<I, O>[]) => {
    try {
      const results = await options.write(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`group commit: ${results.length} results for ${batch.length} items`);
      batch.forEach((p, i) => p.resolve(results[i] as O));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Nothing of the batch was written (it was one transaction): each item goes again on its own.
      for (const pending of batch) await writeAlone(pending);
    }
  };

  const drain = () => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight += 1;
      void writeBatch(batch).finally(() => {
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
 * One group commit per database handle (or any other key), made on first use: a use case asks for
 * the one of the database it was given, and each app instance (tests build many) gets its own.
 */
export function groupCommitPer<K extends object, I, O>(options: Omit<GroupCommitOptions<I, O>, 'write'> & { write(key: K, items: I[]): Promise<O[]> }): (key: K) => GroupCommit<I, O> {
  const commits = new WeakMap<K, GroupCommit<I, O>>();
  return (key) => {
    let commit = commits.get(key);
    if (!commit) {
      commit = createGroupCommit({ maxBatch: options.maxBatch, maxInFlight: options.maxInFlight, write: (items) => options.write(key, items) });
      commits.set(key, commit);
    }
    return commit;
  };
}
