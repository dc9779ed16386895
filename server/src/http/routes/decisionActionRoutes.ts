/**
 * Changing decisions over REST (issue 12): patch, open, positions,
 * statements, close, follow-up. Load, then authorize: the decision first
 * (404), then its workspace with the caller's membership, then the object
 * rules where they apply (an organisation's position, an advisory body's
 * statement).
 */
import {
  closeDecisionRequestSchema,
  createStatementRequestSchema,
  decisionResponseSchema,
  followUpDecisionRequestSchema,
  recordPositionRequestSchema,
  updateDecisionRequestSchema,
} from '@samverka/shared';
import { authorize } from '../../auth/authorize.js';
import { AppError } from '../../errors.js';
import { updateDecision } from '../../services/decisions/decisionChanges.js';
import {
  addStatement,
  closeDecision,
  followUpDecision,
  openDecision,
} from '../../services/decisions/decisionLifecycle.js';
import { recordPosition } from '../../services/decisions/decisionPositions.js';
import { driftNow } from '../../services/decisions/decisionViews.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { WORKSPACE_ERRORS } from './access.js';
import { decisionAccess, DECISIONS_TAG } from './decisionAccess.js';

const TAG = DECISIONS_TAG;
const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);

export function decisionActionRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  const { loadDecision, view } = decisionAccess(ctx);

  return [
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
