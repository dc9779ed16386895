/**
 * The hub's recordServerWrite hook: every server write into a live document
 * is recorded in the event log before it is applied, naming the person whose
 * action caused it, their organisation, what they did and the Yjs client id
 * the written text carries (so a diff can attribute it later), and records
 * that client id's author (versions/authorship.ts). If recording
 * fails the hub makes no write: no text without its author.
 */
import type { ServerWrite } from '../realtime/yjs/serverWrites.js';
import type { ServiceContext } from './context.js';
import { workspaceActor } from './eventActor.js';
import { recordEvent } from './recordChange.js';
import { recordAuthors } from './versions/authorship.js';

export function createServerWriteRecorder(ctx: ServiceContext) {
  return async ({ documentName, clientId, cause }: ServerWrite): Promise<void> => {
    const document = await ctx.store.documentRecords.findById(documentName);
    // Only documents the server knows have a workspace (and so a chain) to record in.
    if (!document) throw new Error(`server write into an unknown document: ${documentName}`);
    const actor = await workspaceActor(
      ctx,
      document.workspaceId,
      cause.userId,
      cause.organisationId,
    );
    // The written text's author (versions' diffs name them), then its event.
    await recordAuthors(ctx, {
      documentId: document.id,
      clientIds: [clientId],
      userId: cause.userId,
      organisationId: actor.organisationId,
    });
    await recordEvent(ctx, {
      workspaceId: document.workspaceId,
      action: 'document:server_write',
      object: { type: 'document', id: document.id },
      actor,
      payload: { clientId, cause: cause.action ?? null, title: document.title },
    });
  };
}
