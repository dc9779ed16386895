/**
 * Versions over REST (issue 13): list and save, read one (rendered from its
 * stored state), diff with attribution, restore (whole or one section, into
 * the live document), put forward for sign-off and record each party's
 * sign-off. Load, then authorize: a version is read first (404), then its
 * document with the caller's membership (loadAndAuthorize), then the action.
 */
import {
  createVersionRequestSchema,
  recordSignoffRequestSchema,
  restoreVersionRequestSchema,
  restoreVersionResponseSchema,
  signoffListResponseSchema,
  signoffResponseSchema,
  versionContentResponseSchema,
  versionDiffQuerySchema,
  versionDiffResponseSchema,
  versionListResponseSchema,
  versionResponseSchema,
} from '@samverka/shared';
import type { WorkspaceAction } from '@samverka/shared';
import { authorize, permits } from '../../auth/authorize.js';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { restoreVersion } from '../../services/versions/restoreVersion.js';
import type { LiveDocuments } from '../../services/versions/restoreVersion.js';
import {
  listSignoffs,
  putForwardForSignoff,
  recordSignoff,
} from '../../services/versions/signoffs.js';
import { diffVersion } from '../../services/versions/versionDiff.js';
import {
  listVersions,
  presentVersion,
  presentVersions,
  saveVersion,
} from '../../services/versions/versions.js';
import {
  loadVersionDoc,
  readDocumentNode,
  renderContent,
} from '../../services/versions/versionState.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { WORKSPACE_ERRORS } from './access.js';

export function versionRoutes(deps: ApiDeps & { liveDocuments: LiveDocuments }): AnyRoute[] {
  const { ctx, liveDocuments } = deps;

  const loadDocument = (principal: Principal, id: string, action: WorkspaceAction) =>
    loadAndAuthorize({ store: ctx.store, principal, action, load: 'document', id });

  async function loadVersion(principal: Principal, id: string, action: WorkspaceAction) {
    const version = await ctx.store.versions.findById(id);
    if (!version) throw new AppError(404, 'not_found', 'Version not found');
    return { ...(await loadDocument(principal, version.documentId, action)), version };
  }

  return [
    defineRoute({
      method: 'get',
      path: '/documents/:documentId/versions',
      summary: 'Versions of a document, newest first',
      tag: 'versions',
      auth: 'required',
      response: versionListResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { document } = await loadDocument(principal, params.documentId!, 'version:read');
        return { versions: await listVersions(ctx, document.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/documents/:documentId/versions',
      summary: 'Save the document as it is now as a named version',
      tag: 'versions',
      auth: 'required',
      body: createVersionRequestSchema,
      response: versionResponseSchema,
      status: 201,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, body }) {
        const { document } = await loadDocument(principal, params.documentId!, 'version:create');
        const version = await saveVersion({
          ctx,
          document,
          origin: 'named',
          label: body.label,
          note: body.note ?? null,
          createdBy: principal.user.id,
        });
        return { version: await presentVersion(ctx, version) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/versions/:versionId',
      summary: 'A version: its record and its content (ProseMirror JSON) with its sections',
      tag: 'versions',
      auth: 'required',
      response: versionContentResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { version } = await loadVersion(principal, params.versionId!, 'version:read');
        const doc = await loadVersionDoc(ctx, version);
        try {
          return {
            version: await presentVersion(ctx, version),
            ...renderContent(readDocumentNode(doc)),
          };
        } finally {
          doc.destroy();
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/versions/:versionId/diff',
      summary:
        'Word-level diff per section from this version to ?against= (a version id, or current), inserted passages attributed',
      tag: 'versions',
      auth: 'required',
      response: versionDiffResponseSchema,
      errors: [...WORKSPACE_ERRORS, 400],
      async handle({ principal, params, req }) {
        const { against } = parseOrThrow(versionDiffQuerySchema, req.query);
        const { version, document } = await loadVersion(
          principal,
          params.versionId!,
          'version:read',
        );
        return diffVersion({ ctx, document, version, against });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/versions/:versionId/restore',
      summary:
        'Restore the version (or one section of it) as a new change on the live document; saves versions before and after',
      tag: 'versions',
      auth: 'required',
      body: restoreVersionRequestSchema,
      response: restoreVersionResponseSchema,
      errors: [...WORKSPACE_ERRORS, 413, 503],
      async handle({ principal, params, body }) {
        const { version, document, membership } = await loadVersion(
          principal,
          params.versionId!,
          'version:restore',
        );
        const restored = await restoreVersion({
          ctx,
          live: liveDocuments,
          document,
          version,
          ...(body.sectionId === undefined ? {} : { sectionId: body.sectionId }),
          by: { userId: principal.user.id, organisationId: membership.organisationId },
        });
        const [before, after] = await presentVersions(ctx, [restored.before, restored.after]);
        return { changed: restored.changed, before: before!, after: after! };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/versions/:versionId/signoff',
      summary: 'Put the version forward for sign-off by the parties',
      tag: 'versions',
      auth: 'required',
      response: versionResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { version, document } = await loadVersion(
          principal,
          params.versionId!,
          'version:signoff',
        );
        const byUserId = principal.user.id;
        return { version: await putForwardForSignoff({ ctx, document, version, byUserId }) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/versions/:versionId/signoffs',
      summary: 'Which parties have signed the version off (bound to its content hash)',
      tag: 'versions',
      auth: 'required',
      response: signoffListResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { version, workspace, membership } = await loadVersion(
          principal,
          params.versionId!,
          'version:read',
        );
        const organisationId = membership.organisationId;
        const maySign = permits(principal, 'signoff:record', {
          type: 'signoff',
          organisationId,
          workspace,
          membership,
        });
        return listSignoffs({ ctx, version, callerMaySignFor: maySign ? organisationId : null });
      },
    }),
    defineRoute({
      method: 'put',
      path: '/versions/:versionId/signoffs/:organisationId',
      summary:
        'Record "godkänt för <organisation>" on the version (its mandate holder; once per organisation)',
      tag: 'versions',
      auth: 'required',
      body: recordSignoffRequestSchema,
      response: signoffResponseSchema,
      status: 201,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const { version, document, workspace, membership } = await loadVersion(
          principal,
          params.versionId!,
          'version:read',
        );
        const organisationId = params.organisationId!;
        authorize(principal, 'signoff:record', {
          type: 'signoff',
          organisationId,
          workspace,
          membership,
        });
        const signoff = await recordSignoff({
          ctx,
          document,
          version,
          organisationId,
          byUserId: principal.user.id,
          signatory: { name: body.name, title: body.title },
        });
        return { signoff };
      },
    }),
  ];
}
