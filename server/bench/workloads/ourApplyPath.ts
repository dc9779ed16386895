/**
 * Our hub's per-update work, without sockets or the store, on the same
 * trace as the F0 floor: decode the client frame, inspect the update's
 * structure, apply it to the room's doc (applyClientUpdate) and frame the
 * broadcast once. Loaded from the build (or the source in smoke mode), so it
 * measures the code the server runs.
 *
 * The floor frames with the very same code (`frameBroadcast`: the hub's
 * sync envelope, then the complete WebSocket frame of preparedMessage.ts),
 * so "ours over the floor" is decode + inspect + applyClientUpdate over a
 * bare Y.applyUpdate, nothing else.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { decodeClientFrame as DecodeClientFrame } from '../../src/realtime/yjs/protocol.js';
import type { prepareUpdate as PrepareUpdate } from '../../src/realtime/yjs/protocol.js';
import type { inspectUpdate as InspectUpdate } from '../../src/realtime/yjs/updateInspector.js';
import type { applyClientUpdate as ApplyClientUpdate } from '../../src/realtime/yjs/applyClientUpdate.js';
import { serverRoot } from '../lib/paths.js';
import type { Trace } from '../lib/trace.js';
import { updateFrame } from '../lib/wire.js';

export interface HubParts {
  decodeClientFrame: typeof DecodeClientFrame;
  prepareUpdate: typeof PrepareUpdate;
  inspectUpdate: typeof InspectUpdate;
  applyClientUpdate: typeof ApplyClientUpdate;
}

export async function loadHubParts(from: 'build' | 'source'): Promise<HubParts> {
  const dir =
    from === 'build'
      ? path.join(serverRoot, 'dist', 'realtime', 'yjs')
      : path.join(serverRoot, 'src', 'realtime', 'yjs');
  const ext = from === 'build' ? 'js' : 'ts';
  const load = (name: string) => import(pathToFileURL(path.join(dir, `${name}.${ext}`)).href);
  const [protocol, inspector, apply] = await Promise.all([
    load('protocol'),
    load('updateInspector'),
    load('applyClientUpdate'),
  ]);
  return { ...protocol, ...inspector, ...apply } as HubParts;
}

/** The broadcast of one committed update as the hub frames it: sync envelope and wire frame in one buffer. */
export function frameBroadcast(hub: HubParts, update: Uint8Array): void {
  hub.prepareUpdate(update);
}

/** Returns a timer (µs per update), after one untimed warm-up pass. */
export function ourApplyPathTimer(trace: Trace, hub: HubParts): () => number {
  const frames = trace.updates.map((update) => Buffer.from(updateFrame(update)));
  const run = () => {
    const doc = new Y.Doc();
    const origin = {};
    const start = performance.now();
    for (const frame of frames) {
      const decoded = hub.decodeClientFrame(frame);
      if (!decoded.ok || decoded.message.kind !== 'update') throw new Error('frame rejected');
      const shape = hub.inspectUpdate(decoded.message.update);
      if (shape === null) throw new Error('update rejected');
      const outcome = hub.applyClientUpdate(doc, decoded.message.update, shape, origin);
      if (outcome.status !== 'applied') throw new Error('update not applied');
      frameBroadcast(hub, decoded.message.update);
    }
    const elapsed = performance.now() - start;
    doc.destroy();
    return (elapsed * 1000) / frames.length;
  };
  run(); // untimed: optimise first, as for the floor
  return run;
}
