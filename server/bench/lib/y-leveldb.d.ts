// y-leveldb ships types that its package.json "exports" hides from NodeNext
// resolution; these are the few members the reference fixture uses.
declare module 'y-leveldb' {
  import type { Doc } from 'yjs';

  export interface LevelBatchOperation {
    type: 'put';
    key: (string | number)[];
    value: Buffer;
  }

  export interface LevelDatabase {
    batch(ops: LevelBatchOperation[], callback: (error: Error | null) => void): void;
  }

  export class LeveldbPersistence {
    constructor(location: string);
    storeUpdate(documentName: string, update: Uint8Array): Promise<number>;
    getYDoc(documentName: string): Promise<Doc>;
    destroy(): Promise<void>;
    _transact<T>(work: (db: LevelDatabase) => Promise<T>): Promise<T>;
  }
}
