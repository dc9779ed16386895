/**
 * Runs tasks one after another per key, across keys in parallel. A task that
 * names several keys waits until every one of them is free. Used so that one
 * process never has two appends to the same document in flight: sequence
 * numbers are then inserted in the order they were assigned.
 */
export class KeyedSerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    const previous = unique.map((key) => this.tails.get(key)).filter((p) => p !== undefined);
    const result = Promise.all(previous).then(task);
    // The tail must never reject, or the next task for the key would reject too.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    for (const key of unique) this.tails.set(key, tail);
    void tail.then(() => {
      for (const key of unique) if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with work queued or running (for tests and leak checks). */
  get activeKeys(): number {
    return this.tails.size;
  }
}
