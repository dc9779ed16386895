// The per-key serialisation the MongoDB append path relies on.
import { describe, expect, it } from 'vitest';
import { KeyedSerialQueue } from './keyedSerialQueue.js';

/** A task that finishes only when released, recording when it starts. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await released;
      log.push(`end ${name}`);
      return name;
    },
    release: () => release(),
  };
}

describe('KeyedSerialQueue', () => {
  it('runs tasks of one key one after another and other keys in parallel', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const runs = [queue.run(['a'], a1.task), queue.run(['a'], a2.task), queue.run(['b'], b1.task)];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a1', 'start b1']);
    a1.release();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toContain('start a2');
    a2.release();
    b1.release();
    expect(await Promise.all(runs)).toEqual(['a1', 'a2', 'b1']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.activeKeys).toBe(0);
  });

  it('makes a task naming several keys wait for all of them', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const runs = [queue.run(['a'], a.task), queue.run(['b'], b.task)];
    const both = queue.run(['a', 'b', 'a'], async () => log.push('both'));
    a.release();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).not.toContain('both');
    b.release();
    await both;
    expect(log.at(-1)).toBe('both');
  });

  it('a failing task rejects its own caller only', async () => {
    const queue = new KeyedSerialQueue();
    const failed = queue.run(['a'], () => Promise.reject(new Error('boom')));
    const next = queue.run(['a'], async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
