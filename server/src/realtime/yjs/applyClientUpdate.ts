/**
 * Applies a structurally valid client update to a room's doc and reports
 * what it did, so the hub can decide what to store, broadcast and ack.
 *
 * Yjs cannot roll a transaction back. If applying throws after part of the
 * update was integrated (only possible for semantic garbage, since
 * inspectUpdate already proved it readable), the doc has changed in a way
 * the store has not seen; we then return a repair update that encodes
 * exactly that change, so the hub can commit it and keep doc == log.
 */
import * as Y from 'yjs';
import type { UpdateShape } from './updateInspector.js';

export type ApplyOutcome =
  | { status: 'applied'; changed: boolean; afterState: ReadonlyMap<number, number> }
  | { status: 'rejected'; repair: Uint8Array | null };

function changedDoc(
  tr: Y.Transaction,
  shape: UpdateShape,
  pendingBefore: readonly unknown[],
  store: Y.Doc['store'],
): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const client of shape.structClients) {
    if (tr.afterState.get(client) !== tr.beforeState.get(client)) return true;
  }
  return store.pendingStructs !== pendingBefore[0] || store.pendingDs !== pendingBefore[1];
}

export function applyClientUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  shape: UpdateShape,
  origin: unknown,
): ApplyOutcome {
  const store = doc.store;
  const pendingBefore = [store.pendingStructs, store.pendingDs] as const;
  let transaction: Y.Transaction | null = null;
  let failed = false;
  try {
    Y.transact(
      doc,
      (tr) => {
        transaction = tr;
        Y.applyUpdate(doc, update, origin);
      },
      origin,
      false,
    );
  } catch {
    failed = true;
  }
  const tr = transaction as Y.Transaction | null;
  const changed = tr !== null && changedDoc(tr, shape, pendingBefore, store);
  if (failed) {
    const repair =
      changed && tr !== null
        ? Y.encodeStateAsUpdate(doc, Y.encodeStateVector(tr.beforeState))
        : null;
    return { status: 'rejected', repair };
  }
  return { status: 'applied', changed, afterState: tr?.afterState ?? new Map() };
}
