/**
 * Hands finished items to the writers in input order, whatever order the workers finish them in, so that
 * `--jobs 1`, `--jobs 8`, a resumed run and merged shards all write the same rows in the same order. Items that
 * finish early wait here; the caller keeps them small (a reference into the journal store instead of the
 * reports once a memory budget is spent), so waiting costs no memory that grows with the batch.
 */
export class InOrder<T> {
  private next = 0;
  private readonly ready = new Map<number, T>();
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly emit: (item: T) => Promise<void>) {}

  /** Item `index` (0-based position in the run's list) is finished. */
  complete(index: number, item: T): void {
    this.ready.set(index, item);
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        while (this.ready.has(this.next)) {
          const due = this.ready.get(this.next)!;
          this.ready.delete(this.next);
          this.next++;
          await this.emit(due);
        }
      } catch (error) {
        this.failure = error;
      }
    });
  }

  /** Index of the next item to write: everything before it has been written. */
  get written(): number {
    return this.next;
  }

  /** Waits for every item handed in so far to be written; rethrows a writer's failure. */
  async drain(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure;
  }
}
