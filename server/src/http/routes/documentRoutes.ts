/** Documents: metadata over REST; the text itself is edited over /yjs/<id>. */
import {
  createDocumentRequestSchema,
  documentListResponseSchema,
  documentSectionsResponseSchema,
  documentResponseSchema,
  updateDocumentRequestSchema,
} from '@samverka/shared';
import type { WorkspaceAction } from '@samverka/shared';
import { abilitiesFor } from '../../auth/authorize.js';
import { documentObject, loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { Principal } from '../../auth/principal.js';
import {
  createDocument,
  deleteDocument,
  listDocuments,
  updateDocument,
} from '../../services/documents.js';
import { documentSections } from '../../services/documentSections.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { defineWorkspaceRoute, WORKSPACE_ERRORS } from './access.js';

export function documentRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;

  /** Loads a document (404), authorizes the action on it (403), with the caller's abilities. */
  async function loadDocumentFor(
    principal: Principal,
    documentId: string,
    action: WorkspaceAction,
  ) {
    const loaded = await loadAndAuthorize({
      store: ctx.store,
      principal,
      action,
      load: 'document',
      id: documentId,
    });
    return { ...loaded, abilities: abilitiesFor(principal, loaded.object) };
  }

  return [
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/documents',
      summary: 'Documents of the workspace',
      tag: 'documents',
      action: 'document:read',
      response: documentListResponseSchema,
      async handle({ workspace, membership, principal }) {
        const documents = await listDocuments({ ctx, workspaceId: workspace.id });
        const objects = await Promise.all(
          documents.map((document) => documentObject(ctx.store, document, workspace, membership)),
        );
        const abilities = Object.fromEntries(
          objects.map((object) => [object.document.id, abilitiesFor(principal, object)]),
        );
        return { documents, abilities };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/documents',
      summary: 'Create a document from a template (its sections are written into the Y.Doc)',
      tag: 'documents',
      action: 'document:create',
      body: createDocumentRequestSchema,
      response: documentResponseSchema,
      status: 201,
      async handle({ workspace, membership, body, principal }) {
        const document = await createDocument({
          ctx,
          workspaceId: workspace.id,
          createdBy: principal.user.id,
          input: body,
        });
        const object = { type: 'document', document, workspace, membership } as const;
        return { document, abilities: abilitiesFor(principal, object) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/documents/:documentId',
      summary: 'Document metadata with your abilities on it',
      tag: 'documents',
      auth: 'required',
      response: documentResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        return loadDocumentFor(principal, params.documentId!, 'document:read');
      },
    }),
    defineRoute({
      method: 'get',
      path: '/documents/:documentId/sections',
      summary: 'Sections of the document (section id, heading, level), to pick a clause by',
      tag: 'documents',
      auth: 'required',
      response: documentSectionsResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { document } = await loadDocumentFor(principal, params.documentId!, 'document:read');
        return { sections: await documentSections(ctx.store.documents, document.id) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/documents/:documentId',
      summary: 'Rename a document, change its status or language (editors and admins)',
      tag: 'documents',
      auth: 'required',
      body: updateDocumentRequestSchema,
      response: documentResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, body }) {
        const documentId = params.documentId!;
        const loaded = await loadDocumentFor(principal, documentId, 'document:update');
        const unchanged =
          (body.title === undefined || body.title === loaded.document.title) &&
          (body.status === undefined || body.status === loaded.document.status) &&
          (body.language === undefined || body.language === loaded.document.language);
        const document = unchanged
          ? loaded.document
          : await updateDocument({ ctx, documentId, by: principal.user.id, patch: body });
        return { document, abilities: loaded.abilities };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/documents/:documentId',
      summary: 'Delete a document and its history (admins)',
      tag: 'documents',
      auth: 'required',
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { document } = await loadDocumentFor(
          principal,
          params.documentId!,
          'document:delete',
        );
        await deleteDocument({ ctx, document });
      },
    }),
  ];
}
