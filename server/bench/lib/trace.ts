/**
 * The real editing trace (automerge-paper, 259,778 single-character edits) as
 * Yjs updates: replayed through one Y.Doc, one edit per transaction, each
 * transaction's update captured. This is the history a document accumulates
 * when every keystroke is sent and logged individually.
 *
 * Replaying takes a few seconds, so the updates are cached in
 * results/cache/ as length-prefixed records, keyed by the trace file's size
 * and mtime.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { cacheDir, requireFile, traceFile } from './paths.js';

export const TEXT_NAME = 'text';

interface TraceJson {
  startContent: string;
  endContent: string;
  txns: { patches: [number, number, string][] }[];
}

export interface Trace {
  updates: Uint8Array[];
  totalBytes: number;
  finalLength: number;
}

/** The whole trace (cached), or only its first `limit` edits (smoke mode, not cached). */
export function loadTrace(limit?: number): Trace {
  requireFile(
    traceFile,
    'The editing trace is committed in server/bench/fixtures/ (see its README.md).',
  );
  if (limit !== undefined) {
    const json = JSON.parse(gunzipSync(readFileSync(traceFile)).toString('utf8')) as TraceJson;
    const txns = json.txns.slice(0, limit);
    const doc = new Y.Doc();
    const text = doc.getText(TEXT_NAME);
    for (const txn of txns)
      for (const [pos, del, ins] of txn.patches) applyPatch(text, pos, del, ins);
    return replayTrace({ startContent: json.startContent, endContent: text.toString(), txns });
  }
  const stat = statSync(traceFile);
  const cached = path.join(cacheDir, `trace-updates-${stat.size}-${Math.floor(stat.mtimeMs)}.bin`);
  if (existsSync(cached)) return fromRecords(readFileSync(cached));
  const trace = replayTrace(JSON.parse(gunzipSync(readFileSync(traceFile)).toString('utf8')));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, toRecords(trace));
  return trace;
}

function replayTrace(json: TraceJson): Trace {
  const doc = new Y.Doc();
  const text = doc.getText(TEXT_NAME);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  if (json.startContent) doc.transact(() => text.insert(0, json.startContent));
  for (const txn of json.txns) {
    doc.transact(() => {
      for (const [pos, deleteCount, inserted] of txn.patches) {
        applyPatch(text, pos, deleteCount, inserted);
      }
    });
  }
  if (text.toString() !== json.endContent) throw new Error('trace replay diverged from endContent');
  return { updates, totalBytes: sumBytes(updates), finalLength: text.length };
}

function applyPatch(text: Y.Text, pos: number, deleteCount: number, inserted: string): void {
  if (deleteCount > 0) text.delete(pos, deleteCount);
  if (inserted) text.insert(pos, inserted);
}

function sumBytes(updates: Uint8Array[]): number {
  let total = 0;
  for (const update of updates) total += update.length;
  return total;
}

// Record file: u32 finalLength, u32 count, then per update u32 length + bytes.
function toRecords(trace: Trace): Buffer {
  const out = Buffer.allocUnsafe(8 + trace.updates.length * 4 + trace.totalBytes);
  out.writeUInt32LE(trace.finalLength, 0);
  out.writeUInt32LE(trace.updates.length, 4);
  let offset = 8;
  for (const update of trace.updates) {
    out.writeUInt32LE(update.length, offset);
    out.set(update, offset + 4);
    offset += 4 + update.length;
  }
  return out;
}

function fromRecords(buffer: Buffer): Trace {
  const finalLength = buffer.readUInt32LE(0);
  const count = buffer.readUInt32LE(4);
  const updates: Uint8Array[] = new Array(count);
  let offset = 8;
  for (let i = 0; i < count; i++) {
    const length = buffer.readUInt32LE(offset);
    updates[i] = new Uint8Array(buffer.buffer, buffer.byteOffset + offset + 4, length);
    offset += 4 + length;
  }
  return { updates, totalBytes: sumBytes(updates), finalLength };
}
