/**
 * A processor of the event log: when a document's language changes
 * (`document:update` with `language` among the changed fields), the template
 * wording in its text follows (services/templateLanguage.ts), written through
 * the live-document port as the person who changed the language. The stored
 * language is read again, so two quick changes end in the last one's wording.
 */
import type { WorkspaceEvent } from '@samverka/shared';
import type { ServerChange, ServerWriteCause } from '../realtime/yjs/serverWrites.js';
import type { ServiceContext } from '../services/context.js';
import { followTemplateLanguage } from '../services/templateLanguage.js';

/** The hub's live-document port (YjsHub.applyServerChange). */
export interface LiveDocumentWriter {
  applyServerChange(
    documentName: string,
    change: ServerChange,
    cause: ServerWriteCause,
  ): Promise<unknown>;
}

function changesLanguage(event: WorkspaceEvent): boolean {
  if (event.action !== 'document:update' || event.object.type !== 'document') return false;
  const after = (event.payload as { after?: unknown }).after;
  return typeof after === 'object' && after !== null && 'language' in after;
}

export function startDocumentLanguageProcessor(props: {
  ctx: ServiceContext;
  live: LiveDocumentWriter;
}): () => void {
  const { ctx, live } = props;
  return ctx.eventBus.subscribe(async (event) => {
    if (!changesLanguage(event) || !event.object.id || !event.actor.userId) return;
    const document = await ctx.store.documentRecords.findById(event.object.id);
    if (!document || document.template === 'blank') return;
    await live.applyServerChange(
      document.id,
      (doc) => void followTemplateLanguage(doc, document.template, document.language),
      {
        userId: event.actor.userId,
        ...(event.actor.organisationId && { organisationId: event.actor.organisationId }),
        action: 'document:language',
      },
    );
  });
}
