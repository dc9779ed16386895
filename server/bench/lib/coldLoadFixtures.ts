/**
 * Prepared data directories for C1/C2, one disposable copy per run.
 * - reference: y-leveldb (see referenceFixture.ts), served with YPERSISTENCE;
 * - ours: the server's own store, written through the store adapter from
 *   the build (see ourFixture.ts).
 */
import type { RunContext } from './suite.js';
import type { ServerKind } from './serverProcess.js';
import type { StartTargetProps } from './targets.js';
import type { Trace } from './trace.js';
import { copyFixture, referenceFixture } from './referenceFixture.js';
import { ourFixture } from './ourFixture.js';

export interface ColdLoadFixture {
  documentName: string;
  targetProps: Partial<StartTargetProps>;
  remove(): void;
}

const DOCUMENT = 'bench-history';

export async function coldLoadFixture(props: {
  kind: ServerKind;
  trace: Trace;
  compacted: boolean;
  context: RunContext;
}): Promise<ColdLoadFixture> {
  if (props.kind === 'reference') {
    // The reference names a document by its URL path without the leading '/'.
    const dir = await referenceFixture(props.trace, `yjs/${DOCUMENT}`, props.compacted);
    const copy = copyFixture(dir);
    return {
      documentName: DOCUMENT,
      targetProps: { persistenceDir: copy.dir },
      remove: copy.remove,
    };
  }
  const prepared = await ourFixture({ ...props, documentName: DOCUMENT });
  const copy = copyFixture(prepared.dir);
  return {
    documentName: prepared.documentName,
    targetProps: { dataDir: copy.dir, access: prepared.access },
    remove: copy.remove,
  };
}
