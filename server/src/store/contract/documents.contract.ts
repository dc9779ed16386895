/**
 * Contract of the document update log (DocumentLogStore), run against every
 * adapter: empty documents, sequence numbers, exact bytes, append/compact
 * under concurrency and the states a crash between compaction steps leaves.
 * Content is checked by rebuilding real Y.Docs, so "nothing lost" means the
 * merged text is complete, not just that row counts add up.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentLogStore, Store, StoredDocument } from '../port.js';

export type MakeStore<S extends Store = Store> = () => Promise<{
  store: S;
  cleanup(): Promise<void>;
}>;

/**
 * Adapter-specific access to the steps inside compact(), to leave exactly the
 * state a crash between them would leave.
 */
export interface CompactionCrashHooks<S extends Store = Store> {
  /** Stores the snapshot as covering `coversSeq` but deletes no update (crash after step 1). */
  writeSnapshotOnly(
    store: S,
    documentName: string,
    snapshot: Uint8Array,
    coversSeq: number,
  ): Promise<void>;
}

/** A Y.Doc whose every local change is captured as one update. */
function editor() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const type = (text: string) => doc.getText('body').insert(doc.getText('body').length, text);
  return { doc, updates, type };
}

function textOf(stored: StoredDocument): string {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const text = doc.getText('body').toString();
  doc.destroy();
  return text;
}

function snapshotOf(stored: StoredDocument): Uint8Array {
  return Y.mergeUpdates([...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]);
}

async function appendEach(log: DocumentLogStore, documentName: string, updates: Uint8Array[]) {
  const seqs: number[] = [];
  for (const update of updates) seqs.push(...(await log.append([{ documentName, update }])));
  return seqs;
}

const isStrictlyIncreasing = (values: number[]) =>
  values.every((v, i) => i === 0 || v > values[i - 1]!);

export function documentsContract<S extends Store>(
  makeStore: MakeStore<S>,
  crashHooks?: CompactionCrashHooks<S>,
): void {
  describe('document update log', () => {
    let store: S;
    let log: DocumentLogStore;
    let cleanup: () => Promise<void>;
    let name: string;
    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
      log = store.documents;
      name = `doc-${randomUUID()}`;
    });
    afterEach(async () => {
      await cleanup();
    });

    it('loads, measures and removes an unknown document as empty', async () => {
      expect(await log.load(name)).toEqual({
        snapshot: null,
        snapshotSeq: 0,
        updates: [],
        lastSeq: 0,
      });
      expect(await log.stats(name)).toEqual({ updateCount: 0, updateBytes: 0 });
      await log.remove(name);
      expect(await log.append([])).toEqual([]);
      expect((await log.load(name)).lastSeq).toBe(0);
    });

    it('keeps every byte value of an update exactly', async () => {
      const update = Uint8Array.from({ length: 256 * 4 }, (_, i) => i % 256);
      const [seq] = await log.append([{ documentName: name, update }]);
      const loaded = await log.load(name);
      expect(loaded.updates).toHaveLength(1);
      expect(Array.from(loaded.updates[0]!)).toEqual(Array.from(update));
      expect(loaded.lastSeq).toBe(seq);
      expect(await log.stats(name)).toEqual({ updateCount: 1, updateBytes: update.byteLength });
    });

    it('assigns strictly increasing seqs per document, in input order, across batches', async () => {
      const other = `doc-${randomUUID()}`;
      const b = (n: number) => new Uint8Array([n]);
      const first = await log.append([
        { documentName: name, update: b(1) },
        { documentName: other, update: b(2) },
        { documentName: name, update: b(3) },
      ]);
      const second = await log.append([
        { documentName: other, update: b(4) },
        { documentName: name, update: b(5) },
      ]);
      const ours = [first[0]!, first[2]!, second[1]!];
      const theirs = [first[1]!, second[0]!];
      expect(isStrictlyIncreasing(ours)).toBe(true);
      expect(isStrictlyIncreasing(theirs)).toBe(true);
      expect((await log.load(name)).updates.map((u) => u[0])).toEqual([1, 3, 5]);
      expect((await log.load(other)).updates.map((u) => u[0])).toEqual([2, 4]);
      expect((await log.load(name)).lastSeq).toBe(second[1]);
    });

    it('keeps every update of concurrent appends, each with its own seq', async () => {
      const writers = Array.from({ length: 6 }, () => editor());
      writers.forEach((w, i) => {
        for (let k = 0; k < 5; k += 1) w.type(`w${i}k${k};`);
      });
      const results = await Promise.all(
        writers.map((w) =>
          Promise.all(w.updates.map((update) => log.append([{ documentName: name, update }]))),
        ),
      );
      const seqs = results.flat(2);
      expect(new Set(seqs).size).toBe(30);
      const loaded = await log.load(name);
      expect(loaded.updates).toHaveLength(30);
      expect(loaded.lastSeq).toBe(Math.max(...seqs));
      const text = textOf(loaded);
      for (let i = 0; i < 6; i += 1)
        for (let k = 0; k < 5; k += 1) expect(text).toContain(`w${i}k${k};`);
    });

    it('compaction replaces covered updates by the snapshot and keeps later ones', async () => {
      const w = editor();
      w.type('Behovsanalys. ');
      w.type('Målgrupper. ');
      const seqs = await appendEach(log, name, w.updates.splice(0));
      const before = await log.load(name);
      await log.compact(name, snapshotOf(before), seqs[1]!);
      w.type('Tidplan.');
      const [later] = await appendEach(log, name, w.updates.splice(0));
      expect(later).toBeGreaterThan(seqs[1]!);

      const loaded = await log.load(name);
      expect(loaded.snapshot).not.toBeNull();
      expect(loaded.snapshotSeq).toBe(seqs[1]);
      expect(loaded.updates).toHaveLength(1);
      expect(loaded.lastSeq).toBe(later);
      expect(textOf(loaded)).toBe('Behovsanalys. Målgrupper. Tidplan.');
      expect((await log.stats(name)).updateCount).toBe(1);
    });

    it('a compaction covering part of the log never touches later updates', async () => {
      const w = editor();
      for (const part of ['a', 'b', 'c', 'd']) w.type(part);
      const updates = w.updates.splice(0);
      const seqs = await appendEach(log, name, updates);
      await log.compact(name, Y.mergeUpdates(updates.slice(0, 2)), seqs[1]!);
      const loaded = await log.load(name);
      expect(loaded.snapshotSeq).toBe(seqs[1]);
      expect(loaded.updates.map((u) => Array.from(u))).toEqual(
        updates.slice(2).map((u) => Array.from(u)),
      );
      expect(textOf(loaded)).toBe('abcd');
      expect(await log.stats(name)).toEqual({
        updateCount: 2,
        updateBytes: updates[2]!.byteLength + updates[3]!.byteLength,
      });
    });

    it('loses nothing when appends run while compacting', async () => {
      const w = editor();
      for (let i = 0; i < 10; i += 1) w.type(`${i},`);
      await appendEach(log, name, w.updates.splice(0));
      const loaded = await log.load(name);
      for (let i = 10; i < 30; i += 1) w.type(`${i},`);
      const during = w.updates.splice(0);
      await Promise.all([
        log.compact(name, snapshotOf(loaded), loaded.lastSeq),
        ...during.map((update) => log.append([{ documentName: name, update }])),
      ]);
      const expected = Array.from({ length: 30 }, (_, i) => `${i},`).join('');
      expect(textOf(await log.load(name))).toBe(expected);
      // A second compaction of the full state, then a fresh load, still has everything.
      const again = await log.load(name);
      await log.compact(name, snapshotOf(again), again.lastSeq);
      const final = await log.load(name);
      expect(final.updates).toEqual([]);
      expect(final.snapshotSeq).toBe(again.lastSeq);
      expect(textOf(final)).toBe(expected);
    });

    it('every load stays complete while compactions run', async () => {
      const w = editor();
      for (let i = 0; i < 40; i += 1) w.type(`${i};`);
      const updates = w.updates.splice(0);
      const seqs = await appendEach(log, name, updates);
      const expected = Array.from({ length: 40 }, (_, i) => `${i};`).join('');
      const compactions = (async () => {
        for (const upTo of [8, 16, 24, 32, 40]) {
          await log.compact(name, Y.mergeUpdates(updates.slice(0, upTo)), seqs[upTo - 1]!);
        }
      })();
      // Readers load over and over until the last compaction is done.
      let compacting = true;
      const texts: string[] = [];
      const reader = async () => {
        while (compacting) texts.push(textOf(await log.load(name)));
      };
      const readers = Promise.all([reader(), reader(), reader()]);
      await compactions.finally(() => (compacting = false));
      await readers;
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text).toBe(expected);
      expect(textOf(await log.load(name))).toBe(expected);
    });

    it('never lets an older snapshot replace a newer one', async () => {
      const w = editor();
      w.type('one ');
      w.type('two');
      const updates = w.updates.splice(0);
      const seqs = await appendEach(log, name, updates);
      await log.compact(name, Y.mergeUpdates(updates), seqs[1]!);
      await log.compact(name, updates[0]!, seqs[0]!);
      const loaded = await log.load(name);
      expect(loaded.snapshotSeq).toBe(seqs[1]);
      expect(textOf(loaded)).toBe('one two');
    });

    it('refuses a snapshot that claims seqs the log never assigned', async () => {
      const w = editor();
      w.type('x');
      const [seq] = await appendEach(log, name, w.updates.splice(0));
      await expect(log.compact(name, new Uint8Array([0, 0]), seq! + 5)).rejects.toThrow();
      const loaded = await log.load(name);
      expect(loaded.snapshot).toBeNull();
      expect(textOf(loaded)).toBe('x');
    });

    it('remove drops one document and leaves others alone', async () => {
      const other = `doc-${randomUUID()}`;
      const a = editor();
      const b = editor();
      a.type('A');
      b.type('B');
      await appendEach(log, name, a.updates.splice(0));
      const [otherSeq] = await appendEach(log, other, b.updates.splice(0));
      const stored = await log.load(name);
      await log.compact(name, snapshotOf(stored), stored.lastSeq);
      await log.remove(name);
      expect(await log.load(name)).toEqual({
        snapshot: null,
        snapshotSeq: 0,
        updates: [],
        lastSeq: 0,
      });
      expect(await log.stats(name)).toEqual({ updateCount: 0, updateBytes: 0 });
      expect(textOf(await log.load(other))).toBe('B');
      expect((await log.load(other)).lastSeq).toBe(otherSeq);
      a.type('again');
      const [seq] = await appendEach(log, name, a.updates.splice(0));
      expect(seq).toBeGreaterThan(0);
    });

    it('stores a multi-megabyte snapshot intact', async () => {
      const w = editor();
      const big = 'Sysselsättningskrav i upphandling. '.repeat(80_000); // ~2.8 MB of text
      w.type(big);
      const seqs = await appendEach(log, name, w.updates.splice(0));
      const stored = await log.load(name);
      const snapshot = snapshotOf(stored);
      await log.compact(name, snapshot, seqs[0]!);
      const loaded = await log.load(name);
      expect(loaded.snapshot?.byteLength).toBe(snapshot.byteLength);
      expect(textOf(loaded)).toBe(big);
    });

    describe('crash between compaction steps', () => {
      const hooks = crashHooks;
      it.skipIf(!hooks)('a snapshot written without its deletes loads exactly once', async () => {
        const w = editor();
        for (const part of ['Avtal ', 'parter ', 'syfte ']) w.type(part);
        const updates = w.updates.splice(0);
        const seqs = await appendEach(log, name, updates);
        await hooks!.writeSnapshotOnly(store, name, Y.mergeUpdates(updates.slice(0, 2)), seqs[1]!);

        const loaded = await log.load(name);
        expect(loaded.snapshotSeq).toBe(seqs[1]);
        expect(loaded.updates).toHaveLength(1);
        expect(textOf(loaded)).toBe('Avtal parter syfte ');
        expect((await log.stats(name)).updateCount).toBe(1);

        // Appending after the "crash" continues above everything, and the next
        // compaction finishes the interrupted clean-up.
        w.type('slut');
        const [next] = await appendEach(log, name, w.updates.splice(0));
        expect(next).toBeGreaterThan(seqs[2]!);
        const before = await log.load(name);
        await log.compact(name, snapshotOf(before), before.lastSeq);
        const after = await log.load(name);
        expect(after.updates).toEqual([]);
        expect(textOf(after)).toBe('Avtal parter syfte slut');
      });
    });
  });
}
