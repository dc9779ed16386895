/**
 * Documents. Creating one from a template first appends the initial Y.Doc
 * update to the document log, then writes the metadata: until the metadata
 * exists nobody can open the document, so a crash in between leaves only an
 * unreachable log. Deleting goes the other way: metadata first (new
 * connections get 404), then open connections are closed, then the log goes.
 */
import type {
  CreateDocumentRequest,
  DocumentLanguage,
  DocumentStatus,
  TemplateId,
} from '@samverka/shared';
import { AppError } from '../errors.js';
import type { DocumentRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';
import { changedFields, recordChange } from './recordChange.js';
import { templateInitialUpdate } from './templateContent.js';

export async function listDocuments(props: {
  ctx: ServiceContext;
  workspaceId: string;
}): Promise<DocumentRecord[]> {
  return props.ctx.store.documentRecords.listByWorkspace(props.workspaceId);
}

export async function createDocument(props: {
  ctx: ServiceContext;
  workspaceId: string;
  createdBy: string;
  input: CreateDocumentRequest & { template: TemplateId };
}): Promise<DocumentRecord> {
  const { ctx, workspaceId, input } = props;
  const now = ctx.now().toISOString();
  const document: DocumentRecord = {
    id: ctx.newId(),
    workspaceId,
    title: input.title,
    template: input.template,
    status: 'draft',
    language: input.language ?? 'sv',
    lastEditedBy: props.createdBy,
    createdBy: props.createdBy,
    createdAt: now,
    updatedAt: now,
  };
  const initial = templateInitialUpdate(input.template, document.language);
  if (initial) await ctx.store.documents.append([{ documentName: document.id, update: initial }]);
  await recordChange(ctx, {
    workspaceId,
    action: 'document:create',
    object: { type: 'document', id: document.id },
    change: () => ctx.store.documentRecords.insert(document),
    payload: () => ({
      title: document.title,
      template: document.template,
      language: document.language,
    }),
  });
  ctx.events.publish(workspaceId, 'document:created', { document });
  return document;
}

/**
 * Renames a document, moves it between draft, out for consultation and
 * adopted, and/or changes its language (its template wording follows:
 * events/documentLanguageProcessor.ts). `by` made the change.
 */
export async function updateDocument(props: {
  ctx: ServiceContext;
  documentId: string;
  by: string;
  patch: { title?: string; status?: DocumentStatus; language?: DocumentLanguage };
}): Promise<DocumentRecord> {
  const { ctx, patch } = props;
  const before = await findDocument(ctx, props.documentId);
  const { result: document } = await recordChange(ctx, {
    workspaceId: before.workspaceId,
    action: 'document:update',
    object: { type: 'document', id: before.id },
    change: () =>
      ctx.store.documentRecords.update(props.documentId, {
        ...patch,
        updatedAt: ctx.now().toISOString(),
        lastEditedBy: props.by,
      }),
    payload: (after) =>
      after && {
        title: after.title,
        ...changedFields(before, after, ['title', 'status', 'language']),
      },
  });
  if (!document) throw new AppError(404, 'not_found', 'Document not found');
  ctx.events.publish(document.workspaceId, 'document:updated', { document });
  return document;
}

/**
 * Records that the document's text changed at `at` (its updatedAt, the list's
 * "last change", never moves back) by `by` (null: not known, e.g. a server
 * write) and tells the workspace. Text edits reach it through
 * documentActivity.ts, throttled per document.
 */
export async function touchDocument(props: {
  ctx: ServiceContext;
  documentId: string;
  at: string;
  by: string | null;
}): Promise<DocumentRecord | null> {
  const { ctx } = props;
  const document = await ctx.store.documentRecords.touch(props.documentId, props.at, props.by);
  if (document) ctx.events.publish(document.workspaceId, 'document:updated', { document });
  return document;
}

export async function deleteDocument(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
}): Promise<void> {
  const { ctx, document } = props;
  const { result: deleted } = await recordChange(ctx, {
    workspaceId: document.workspaceId,
    action: 'document:delete',
    object: { type: 'document', id: document.id },
    change: () => ctx.store.documentRecords.delete(document.id),
    payload: (done) => (done ? { title: document.title } : null),
  });
  if (!deleted) {
    throw new AppError(404, 'not_found', 'Document not found');
  }
  ctx.access.documentDeleted({ workspaceId: document.workspaceId, documentId: document.id });
  await ctx.store.documents.remove(document.id);
  // Its comments go with it (comments first: a crash between leaves threads, never stray comments).
  await ctx.store.comments.deleteByDocument(document.id);
  await ctx.store.threads.deleteByDocument(document.id);
  // Its versions and authorship record hold its text too (recorded sign-offs stay in the log).
  await ctx.store.versions.deleteByDocument(document.id);
  await ctx.store.documentAuthors.deleteByDocument(document.id);
  ctx.events.publish(document.workspaceId, 'document:deleted', {
    workspaceId: document.workspaceId,
    id: document.id,
  });
}

async function findDocument(ctx: ServiceContext, documentId: string): Promise<DocumentRecord> {
  const document = await ctx.store.documentRecords.findById(documentId);
  if (!document) throw new AppError(404, 'not_found', 'Document not found');
  return document;
}
