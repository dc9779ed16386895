/**
 * The bystanders of a fault test: a real server child, one fresh document,
 * and two well-behaved editors on it, the writer typing steadily. Each fault
 * test aims its offender at the same document and then checks, with
 * `expectEditorsUnaffected`, that the people already working never noticed.
 */
import { expect } from 'vitest';
import * as Y from 'yjs';
import { createChildServer, type ChildServer } from './childServer.js';
import { connectEditor, keepEditing, type EditorClient } from './providers.js';
import { bootstrapAccess } from './samverkaAccess.js';
import { seededRandom, waitUntil } from './waiting.js';

export interface EditingScene {
  server: ChildServer;
  /** The document's socket URL with credentials, for offenders to open. */
  url: string;
  writer: EditorClient;
  observer: EditorClient;
  editing: { stop: () => void; edits: () => number };
  dispose(): Promise<void>;
}

export async function startEditingScene(props: {
  env: Record<string, string>;
  documentTitle: string;
  seed: number;
  editIntervalMs: number;
}): Promise<EditingScene> {
  const server = await createChildServer(props.env);
  await server.start();
  const access = await bootstrapAccess(server.httpUrl);
  const [document] = await access.createDocuments(1, props.documentTitle);
  const writer = connectEditor(server.wsUrl, document!, access.params);
  const observer = connectEditor(server.wsUrl, document!, access.params);
  await waitUntil(
    () => writer.provider.synced && observer.provider.synced,
    20_000,
    'editors synced',
  );
  const editing = keepEditing(writer, seededRandom(props.seed), props.editIntervalMs);
  return {
    server,
    url: access.documentUrl(server.wsUrl, document!),
    writer,
    observer,
    editing,
    dispose: async () => {
      editing.stop();
      writer.destroy();
      observer.destroy();
      await server.dispose();
    },
  };
}

/** The observer keeps receiving what the writer types, and neither was ever disconnected. */
export async function expectEditorsUnaffected(scene: EditingScene): Promise<void> {
  const { writer, observer } = scene;
  const writerClock = Y.getState(writer.doc.store, writer.doc.clientID);
  await waitUntil(
    () => Y.getState(observer.doc.store, writer.doc.clientID) > writerClock,
    10_000,
    'observer receives the writer’s next edits',
  );
  expect(writer.disconnections()).toBe(0);
  expect(observer.disconnections()).toBe(0);
}
