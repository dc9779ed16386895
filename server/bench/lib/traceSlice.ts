/** A prefix of the trace (smoke mode), with the text length it produces. */
import * as Y from 'yjs';
import { TEXT_NAME, type Trace } from './trace.js';

export function sliceTrace(trace: Trace, count: number): Trace {
  const updates = trace.updates.slice(0, count);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const finalLength = doc.getText(TEXT_NAME).length;
  doc.destroy();
  let totalBytes = 0;
  for (const update of updates) totalBytes += update.length;
  return { updates, totalBytes, finalLength };
}
