/**
 * Decisions per stakeholder organisation over REST (issue 12): the
 * register, proposing, the export, the editor's list and one decision.
 * Changes to a decision are in decisionActionRoutes.ts.
 */
import {
  createDecisionRequestSchema,
  decisionExportQuerySchema,
  decisionListQuerySchema,
  decisionListResponseSchema,
  decisionResponseSchema,
  documentDecisionListResponseSchema,
} from '@samverka/shared';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import { createDecision } from '../../services/decisions/decisionChanges.js';
import {
  exportDecisionsCsv,
  exportDecisionsMarkdown,
} from '../../services/decisions/decisionExport.js';
import {
  decisionListItems,
  decisionView,
  documentDecisions,
} from '../../services/decisions/decisionViews.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { defineWorkspaceRoute, WORKSPACE_ERRORS } from './access.js';
import { decisionAccess, DECISIONS_TAG } from './decisionAccess.js';

const TAG = DECISIONS_TAG;

/** The register, proposing, the export, the editor's list and one decision. */
export function decisionRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  const { loadDecision, view } = decisionAccess(ctx);

  return [
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/decisions',
      summary:
        'The decision register, with each rule result and drift (filters: status, type, documentId, bodyId, awaitingMyOrganisation)',
      tag: TAG,
      action: 'decision:read',
      response: decisionListResponseSchema,
      errors: [400],
      async handle({ workspace, membership, req }) {
        const query = parseOrThrow(decisionListQuerySchema, req.query);
        const decisions = (await ctx.store.decisions.listByWorkspace(workspace.id)).filter(
          (d) =>
            (query.status === undefined || d.status === query.status) &&
            (query.type === undefined || d.type === query.type) &&
            (query.documentId === undefined || d.subject?.documentId === query.documentId) &&
            (query.bodyId === undefined ||
              d.bodyId === query.bodyId ||
              d.advisoryBodyIds.includes(query.bodyId)),
        );
        let items = await decisionListItems(ctx, decisions);
        if (query.awaitingMyOrganisation === 'true') {
          items = items.filter(
            (item) =>
              item.decision.status === 'open' &&
              item.result.awaiting.includes(membership.organisationId),
          );
        }
        return { decisions: items };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/decisions',
      summary:
        'Propose a decision (a draft); required organisations default to the deciding body’s',
      tag: TAG,
      action: 'decision:create',
      body: createDecisionRequestSchema,
      response: decisionResponseSchema,
      status: 201,
      errors: [400],
      async handle({ workspace, membership, principal, body }) {
        const decision = await createDecision({
          ctx,
          workspace,
          byUserId: principal.user.id,
          input: body,
        });
        return {
          decision: await decisionView({
            ctx,
            decision,
            actor: principal,
            access: { workspace, membership },
          }),
        };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/decisions/export',
      summary: 'The decision log with every position and reason, history included (?format=csv|md)',
      tag: TAG,
      action: 'decision:read',
      streams: ['text/csv', 'text/markdown'],
      errors: [400],
      async handle({ workspace, req, res }) {
        const { format } = parseOrThrow(decisionExportQuerySchema, req.query);
        const day = ctx.now().toISOString().slice(0, 10);
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="beslutslogg-${workspace.id}-${day}.${format}"`,
        );
        if (format === 'csv') {
          res.type('text/csv; charset=utf-8').send(await exportDecisionsCsv(ctx, workspace.id));
        } else {
          res
            .type('text/markdown; charset=utf-8')
            .send(await exportDecisionsMarkdown(ctx, workspace.id, workspace.name));
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/documents/:documentId/decisions',
      summary: 'Decisions about a document, with which of their sections changed since (editor)',
      tag: TAG,
      auth: 'required',
      response: documentDecisionListResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { document } = await loadAndAuthorize({
          store: ctx.store,
          principal,
          action: 'decision:read',
          load: 'document',
          id: params.documentId!,
        });
        return { decisions: await documentDecisions(ctx, document.id) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/decisions/:decisionId',
      summary:
        'A decision: latest positions, full history, statements, the rule’s live result and drift',
      tag: TAG,
      auth: 'required',
      response: decisionResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        return view(principal, await loadDecision(principal, params.decisionId!, 'decision:read'));
      },
    }),
  ];
}
