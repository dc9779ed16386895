/**
 * The authorship record (issue 13): which person, and the organisation they
 * acted for, each Yjs client id of a document belongs to. The hub reports an
 * editor's client ids once per connection (realtime/yjs/updateIntake.ts);
 * server writes report theirs before they are applied (serverWriteEvents.ts).
 * The first record of a client id stays, so text already attributed cannot
 * be claimed by someone else later; a second claim is logged. The hub loads
 * these owners with a document's room and refuses new text under a client id
 * someone else owns (realtime/yjs/clientOwnership.ts), so a second claim
 * should only come from a race the hub could not see.
 */
import type { AuthorshipListener, ConnectionGrant } from '../../realtime/yjs/types.js';
import type { ServiceContext } from '../context.js';

export async function recordAuthors(
  ctx: ServiceContext,
  props: {
    documentId: string;
    clientIds: readonly number[];
    userId: string;
    organisationId: string | null;
  },
): Promise<void> {
  const recordedAt = ctx.now().toISOString();
  for (const clientId of props.clientIds) {
    const result = await ctx.store.documentAuthors.insert({
      id: `${props.documentId}:${clientId}`,
      documentId: props.documentId,
      clientId,
      userId: props.userId,
      organisationId: props.organisationId,
      recordedAt,
    });
    if (result === 'duplicate') {
      const authors = await ctx.store.documentAuthors.listByDocument(props.documentId);
      const owner = authors.find((author) => author.clientId === clientId);
      if (owner !== undefined && owner.userId !== props.userId) {
        ctx.logger.warn('a Yjs client id already belongs to another person', {
          documentId: props.documentId,
          clientId,
        });
      }
    }
  }
}

/** The hub's listener: records off the hot path, in order, and never throws. */
export function createAuthorshipRecorder(ctx: ServiceContext): AuthorshipListener & {
  idle(): Promise<void>;
} {
  let queue: Promise<void> = Promise.resolve();
  async function record(documentId: string, clientIds: readonly number[], grant: ConnectionGrant) {
    const userId = grant.identity?.userId;
    if (userId === undefined) return;
    const membership =
      grant.workspaceId === undefined
        ? null
        : await ctx.store.memberships.findByUser(grant.workspaceId, userId);
    await recordAuthors(ctx, {
      documentId,
      clientIds,
      userId,
      organisationId: membership?.organisationId ?? null,
    });
  }
  return {
    clientsSeen(documentName, clientIds, grant) {
      const ids = [...clientIds];
      queue = queue
        .then(() => record(documentName, ids, grant))
        .catch((error: unknown) =>
          ctx.logger.error('could not record who wrote in a document', {
            documentId: documentName,
            error,
          }),
        );
    },
    async recordedOwners(documentName) {
      // Reports still queued (e.g. from the room just unloaded) are recorded first.
      await queue;
      const authors = await ctx.store.documentAuthors.listByDocument(documentName);
      return new Map(authors.map((author) => [author.clientId, author.userId]));
    },
    idle: () => queue,
  };
}
