/**
 * Decisions per stakeholder organisation over REST (issue 12). Load, then
 * authorize: the decision is read first (404), then its workspace with the
 * caller's membership (loadAndAuthorize), then object rules where they
 * apply (an organisation's position, an advisory body's statement).
 */
import {
  closeDecisionRequestSchema,
  createDecisionRequestSchema,
  createStatementRequestSchema,
  decisionExportQuerySchema,
  decisionListQuerySchema,
  decisionListResponseSchema,
  decisionResponseSchema,
  documentDecisionListResponseSchema,
  followUpDecisionRequestSchema,
  recordPositionRequestSchema,
  updateDecisionRequestSchema,
} from '@samverka/shared';
import type { Decision, WorkspaceAction } from '@samverka/shared';
import { authorize } from '../../auth/authorize.js';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import {
  addStatement,
  closeDecision,
  createDecision,
  followUpDecision,
  openDecision,
  updateDecision,
} from '../../services/decisions/decisionChanges.js';
import {
  exportDecisionsCsv,
  exportDecisionsMarkdown,
} from '../../services/decisions/decisionExport.js';
import { recordPosition } from '../../services/decisions/decisionPositions.js';
import {
  decisionListItems,
  decisionView,
  documentDecisions,
  driftNow,
} from '../../services/decisions/decisionViews.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { defineWorkspaceRoute, WORKSPACE_ERRORS } from './access.js';

const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
const TAG = 'decisions';

export function decisionRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;

  async function loadDecision(principal: Principal, id: string, action: WorkspaceAction) {
    const decision = await ctx.store.decisions.findById(id);
    if (!decision) throw notFound('Decision');
    const loaded = await loadAndAuthorize({
      store: ctx.store,
      principal,
      action,
      load: 'workspace',
      id: decision.workspaceId,
    });
    return { ...loaded, decision };
  }

  const view = async (
    principal: Principal,
    loaded: Awaited<ReturnType<typeof loadDecision>>,
    decision: Decision = loaded.decision,
  ) => ({
    decision: await decisionView({
      ctx,
      decision,
      actor: principal,
      access: { workspace: loaded.workspace, membership: loaded.membership },
    }),
  });

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
    defineRoute({
      method: 'patch',
      path: '/decisions/:decisionId',
      summary: 'Change a draft (anything) or an open decision (title, deadline, advisory bodies)',
      tag: TAG,
      auth: 'required',
      body: updateDecisionRequestSchema,
      response: decisionResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadDecision(principal, params.decisionId!, 'decision:update');
        const updated = await updateDecision({ ctx, decision: loaded.decision, input: body });
        return view(principal, loaded, updated);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/decisions/:decisionId/open',
      summary: 'Open a draft for positions: stores the wording of each subject section',
      tag: TAG,
      auth: 'required',
      response: decisionResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params }) {
        const loaded = await loadDecision(principal, params.decisionId!, 'decision:update');
        return view(principal, loaded, await openDecision({ ctx, decision: loaded.decision }));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/decisions/:decisionId/positions/:organisationId',
      summary:
        'Record an organisation’s position (a new entry; history kept): its mandated representative, or the coordinator with onBehalf',
      tag: TAG,
      auth: 'required',
      body: recordPositionRequestSchema,
      response: decisionResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadDecision(principal, params.decisionId!, 'decision:read');
        const { workspace, membership, decision } = loaded;
        const organisation = await ctx.store.organisations.findById(
          workspace.id,
          params.organisationId!,
        );
        if (!organisation) throw notFound('Organisation');
        const position = { type: 'position' as const, organisationId: organisation.id };
        authorize(principal, body.onBehalf ? 'position:record_on_behalf' : 'position:record', {
          ...position,
          workspace,
          membership,
        });
        await recordPosition({
          ctx,
          decision,
          organisationId: organisation.id,
          byUserId: principal.user.id,
          input: body,
        });
        return view(principal, loaded);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/decisions/:decisionId/statements',
      summary: 'Attach an advisory body’s statement (shown beside the positions, never counted)',
      tag: TAG,
      auth: 'required',
      body: createStatementRequestSchema,
      response: decisionResponseSchema,
      status: 201,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadDecision(principal, params.decisionId!, 'decision:read');
        const { workspace, membership, decision } = loaded;
        authorize(principal, 'statement:record', {
          type: 'statement',
          bodyId: body.bodyId,
          workspace,
          membership,
        });
        await addStatement({ ctx, decision, byUserId: principal.user.id, input: body });
        return view(principal, loaded);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/decisions/:decisionId/close',
      summary:
        'Close with the outcome (decided, rejected, withdrawn); against the rule’s result it needs overrideStatement',
      tag: TAG,
      auth: 'required',
      body: closeDecisionRequestSchema,
      response: decisionResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadDecision(principal, params.decisionId!, 'decision:close');
        const closed = await closeDecision({
          ctx,
          decision: loaded.decision,
          byUserId: principal.user.id,
          input: body,
        });
        return view(principal, loaded, closed);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/decisions/:decisionId/follow-up',
      summary:
        'Take the changed clause up again: a draft on the changed sections, linked to this decision',
      tag: TAG,
      auth: 'required',
      body: followUpDecisionRequestSchema,
      response: decisionResponseSchema,
      status: 201,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadDecision(principal, params.decisionId!, 'decision:create');
        const drift = await driftNow(ctx, loaded.decision);
        const created = await followUpDecision({
          ctx,
          workspace: loaded.workspace,
          decision: loaded.decision,
          byUserId: principal.user.id,
          changedSectionIds: drift.sections
            .filter((section) => section.status === 'changed')
            .map((section) => section.sectionId),
          input: body,
        });
        return view(principal, loaded, created);
      },
    }),
  ];
}
