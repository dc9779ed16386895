/**
 * The method over REST, part two (issue 15): six-principles assessments,
 * the procurement register, follow-up entries, the dashboard and its CSV.
 * Follow-up figures are suppressed for the caller's organisation.
 */
import {
  assessPrinciplesRequestSchema,
  createFollowUpEntryRequestSchema,
  createProcurementRequestSchema,
  followUpDashboardSchema,
  followUpEntriesResponseSchema,
  followUpEntryResponseSchema,
  principleAssessmentResponseSchema,
  principlePeriodSchema,
  principlesResponseSchema,
  procurementResponseSchema,
  procurementsResponseSchema,
  updateFollowUpEntryRequestSchema,
  updateProcurementRequestSchema,
  setSocialRequirementGoalRequestSchema,
  socialRequirementGoalResponseSchema,
} from '@samverka/shared';
import { authorize } from '../../auth/authorize.js';
import { followUpCsv, followUpDashboard } from '../../services/method/followUpDashboard.js';
import { setSocialRequirementGoal } from '../../services/method/goal.js';
import { assessPrinciples, principlesOf } from '../../services/method/principles.js';
import {
  createFollowUpEntry,
  createProcurement,
  deleteFollowUpEntry,
  deleteProcurement,
  findEntry,
  findProcurement,
  followUpEntriesOf,
  followUpFor,
  procurementView,
  updateFollowUpEntry,
  updateProcurement,
} from '../../services/method/procurements.js';
import { keys } from '../../services/method/followUpFigures.js';
import type { ApiDeps } from '../deps.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { defineWorkspaceRoute } from './access.js';
import { METHOD_TAG } from './processRoutes.js';

export function followUpRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  const base = '/workspaces/:workspaceId/procurements' as const;
  return [
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/principles',
      summary: 'Every organisation’s assessment of the six principles, all periods',
      tag: METHOD_TAG,
      action: 'workspace:read',
      response: principlesResponseSchema,
      async handle({ workspace }) {
        return principlesOf(ctx, workspace);
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'put',
      path: '/workspaces/:workspaceId/principles/:organisationId/:period',
      summary:
        'Assess the six principles for one’s own organisation and a period (YYYY or YYYY-H1/H2)',
      tag: METHOD_TAG,
      action: 'workspace:read',
      body: assessPrinciplesRequestSchema,
      response: principleAssessmentResponseSchema,
      errors: [400],
      async handle({ workspace, membership, principal, params, body }) {
        const period = parseOrThrow(principlePeriodSchema, params.period);
        const organisationId = params.organisationId!;
        authorize(principal, 'principles:assess', {
          type: 'principles',
          workspace,
          membership,
          organisationId,
        });
        const assessment = await assessPrinciples({
          ctx,
          workspace,
          organisationId,
          period,
          byUserId: principal.user.id,
          input: body,
        });
        return { assessment };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: base,
      summary:
        'The procurement register, realised figures suppressed below 5 for other organisations',
      tag: METHOD_TAG,
      action: 'workspace:read',
      response: procurementsResponseSchema,
      async handle({ workspace, membership }) {
        const { procurements, visible } = await followUpFor(
          ctx,
          workspace,
          membership.organisationId,
        );
        return { procurements: procurements.map((p) => procurementView(p, visible)) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: base,
      summary: 'Add a procurement to the register',
      tag: METHOD_TAG,
      action: 'procurement:update',
      body: createProcurementRequestSchema,
      response: procurementResponseSchema,
      status: 201,
      errors: [400],
      async handle({ workspace, membership, principal, body }) {
        const created = await createProcurement({
          ctx,
          workspace,
          byUserId: principal.user.id,
          input: body,
        });
        const { visible } = await followUpFor(ctx, workspace, membership.organisationId);
        return { procurement: procurementView(created, visible) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: `${base}/:procurementId`,
      summary: 'Change a procurement of the register',
      tag: METHOD_TAG,
      action: 'procurement:update',
      body: updateProcurementRequestSchema,
      response: procurementResponseSchema,
      errors: [400],
      async handle({ workspace, membership, params, body }) {
        const procurement = await findProcurement(ctx, workspace, params.procurementId!);
        const updated = await updateProcurement({ ctx, workspace, procurement, patch: body });
        const { visible } = await followUpFor(ctx, workspace, membership.organisationId);
        return { procurement: procurementView(updated, visible) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'delete',
      path: `${base}/:procurementId`,
      summary: 'Remove a procurement and its follow-up entries',
      tag: METHOD_TAG,
      action: 'procurement:update',
      async handle({ workspace, params }) {
        const procurement = await findProcurement(ctx, workspace, params.procurementId!);
        await deleteProcurement({ ctx, workspace, procurement });
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: `${base}/:procurementId/follow-up`,
      summary: 'A procurement’s follow-up entries per quarter and their total (suppressed below 5)',
      tag: METHOD_TAG,
      action: 'workspace:read',
      response: followUpEntriesResponseSchema,
      async handle({ workspace, membership, params }) {
        const procurement = await findProcurement(ctx, workspace, params.procurementId!);
        return followUpEntriesOf(ctx, workspace, procurement, membership);
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: `${base}/:procurementId/follow-up`,
      summary: 'Record a quarter’s follow-up in aggregate figures (409 when the quarter has one)',
      tag: METHOD_TAG,
      action: 'procurement:update',
      body: createFollowUpEntryRequestSchema,
      response: followUpEntryResponseSchema,
      status: 201,
      errors: [400, 409],
      async handle({ workspace, membership, principal, params, body }) {
        const procurement = await findProcurement(ctx, workspace, params.procurementId!);
        const entry = await createFollowUpEntry({
          ctx,
          workspace,
          procurement,
          byUserId: principal.user.id,
          input: body,
        });
        return { entry: await entryView(entry.id, workspace, membership.organisationId) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: `${base}/:procurementId/follow-up/:entryId`,
      summary: 'Correct a quarter’s follow-up figures or note',
      tag: METHOD_TAG,
      action: 'procurement:update',
      body: updateFollowUpEntryRequestSchema,
      response: followUpEntryResponseSchema,
      errors: [400],
      async handle({ workspace, membership, principal, params, body }) {
        const procurement = await findProcurement(ctx, workspace, params.procurementId!);
        const entry = await findEntry(ctx, procurement, params.entryId!);
        await updateFollowUpEntry({
          ctx,
          workspace,
          procurement,
          entry,
          byUserId: principal.user.id,
          patch: body,
        });
        return { entry: await entryView(entry.id, workspace, membership.organisationId) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'delete',
      path: `${base}/:procurementId/follow-up/:entryId`,
      summary: 'Remove a quarter’s follow-up entry',
      tag: METHOD_TAG,
      action: 'procurement:update',
      async handle({ workspace, params }) {
        const procurement = await findProcurement(ctx, workspace, params.procurementId!);
        const entry = await findEntry(ctx, procurement, params.entryId!);
        await deleteFollowUpEntry({ ctx, workspace, procurement, entry });
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/follow-up/dashboard',
      summary:
        'Follow-up dashboard: share of service procurements with social requirements against the goal, jobs and full-time months promised and realised, per period, target group, supplier',
      tag: METHOD_TAG,
      action: 'workspace:read',
      response: followUpDashboardSchema,
      async handle({ workspace, membership }) {
        return followUpDashboard(ctx, workspace, membership.organisationId);
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'put',
      path: '/workspaces/:workspaceId/follow-up/goal',
      summary:
        "Set the workspace's goal: the share (percent) of service procurements that should carry social requirements (default 50)",
      tag: METHOD_TAG,
      action: 'process:configure',
      body: setSocialRequirementGoalRequestSchema,
      response: socialRequirementGoalResponseSchema,
      errors: [400],
      async handle({ workspace, principal, body }) {
        const goalPercent = await setSocialRequirementGoal({
          ctx,
          workspace,
          byUserId: principal.user.id,
          goalPercent: body.goalPercent,
        });
        return { goalPercent };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/follow-up/export',
      summary: 'The follow-up as CSV (figures below 5 read "färre än 5")',
      tag: METHOD_TAG,
      action: 'workspace:read',
      streams: ['text/csv'],
      async handle({ workspace, membership, res }) {
        const day = ctx.now().toISOString().slice(0, 10);
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="uppfoljning-${workspace.id}-${day}.csv"`,
        );
        res
          .type('text/csv; charset=utf-8')
          .send(await followUpCsv(ctx, workspace, membership.organisationId));
      },
    }),
  ];

  async function entryView(
    entryId: string,
    workspace: Parameters<typeof followUpFor>[1],
    organisationId: string,
  ) {
    const { entries, visible } = await followUpFor(ctx, workspace, organisationId);
    const entry = entries.find((e) => e.id === entryId)!;
    return {
      id: entry.id,
      procurementId: entry.procurementId,
      period: entry.period,
      figures: visible.figures(keys.entry(entry.id)),
      note: entry.note,
      recordedBy: entry.recordedBy,
      recordedAt: entry.recordedAt,
    };
  }
}
