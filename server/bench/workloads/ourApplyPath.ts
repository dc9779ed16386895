/**
 * Our hub's per-update work, without sockets or the store, on the same
 * trace as the F0 floor: decode the client frame, inspect the update's
 * structure, apply it to the room's doc (applyClientUpdate) and encode the
 * broadcast frame once. Loaded from the build (or the source in smoke mode),
 * so it measures the code the server runs. Compared with F0's
 * apply-and-frame floor; the difference is what the hub adds per update.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { decodeClientFrame as DecodeClientFrame } from '../../src/realtime/yjs/protocol.js';
import type { encodeUpdate as EncodeUpdate } from '../../src/realtime/yjs/protocol.js';
import type { inspectUpdate as InspectUpdate } from '../../src/realtime/yjs/updateInspector.js';
import type { applyClientUpdate as ApplyClientUpdate } from '../../src/realtime/yjs/applyClientUpdate.js';
import { serverRoot } from '../lib/paths.js';
import type { Trace } from '../lib/trace.js';
import { updateFrame } from '../lib/wire.js';

interface HubParts {
  decodeClientFrame: typeof DecodeClientFrame;
  encodeUpdate: typeof EncodeUpdate;
  inspectUpdate: typeof InspectUpdate;
  applyClientUpdate: typeof ApplyClientUpdate;
}

async function loadHubParts(from: 'build' | 'source'): Promise<HubParts> {
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

/** Returns a timer (µs per update), after one untimed warm-up pass. */
export async function ourApplyPathTimer(
  trace: Trace,
  from: 'build' | 'source',
): Promise<() => number> {
  const hub = await loadHubParts(from);
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
      hub.encodeUpdate(decoded.message.update);
    }
    const elapsed = performance.now() - start;
    doc.destroy();
    return (elapsed * 1000) / frames.length;
  };
  run(); // untimed: optimise first, as for the floor
  return run;
}
