/**
 * The method over REST, part one (issue 15): the process tracker and the
 * IOP legal test. Renaming, skipping and adding steps need
 * `process:configure` (admins) on top of the route's `process:update`.
 */
import {
  addProcessStepRequestSchema,
  assessCriterionRequestSchema,
  assessCriterionResponseSchema,
  latestPerCriterion,
  legalTestCriterionSchema,
  legalTestResponseSchema,
  processResponseSchema,
  processStepResponseSchema,
  proposeLegalTestDecisionRequestSchema,
  proposeLegalTestDecisionResponseSchema,
  proposeLegalTestResult,
  updateProcessStepRequestSchema,
} from '@samverka/shared';
import { authorize } from '../../auth/authorize.js';
import {
  assessCriterion,
  legalTestOf,
  proposeLegalTestDecision,
  requireIop,
} from '../../services/method/legalTest.js';
import {
  addStep,
  findStep,
  needsConfigure,
  processOf,
  updateStep,
} from '../../services/method/processSteps.js';
import type { ApiDeps } from '../deps.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { defineWorkspaceRoute } from './access.js';

export const METHOD_TAG = 'method';

export function processRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/process',
      summary: 'The workspace’s process: steps with status, links and what blocks completing them',
      tag: METHOD_TAG,
      action: 'workspace:read',
      response: processResponseSchema,
      async handle({ workspace }) {
        return processOf(ctx, workspace);
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: '/workspaces/:workspaceId/process/steps/:stepId',
      summary:
        'Change a step (status, responsible, due date, links, notes, sub-steps; rename or skip: admins). 409 decision_required when completing needs a decided decision',
      tag: METHOD_TAG,
      action: 'process:update',
      body: updateProcessStepRequestSchema,
      response: processStepResponseSchema,
      errors: [400, 409],
      async handle({ workspace, membership, principal, params, body }) {
        const step = await findStep(ctx, workspace, params.stepId!);
        if (needsConfigure(step, body)) {
          authorize(principal, 'process:configure', { type: 'workspace', workspace, membership });
        }
        return {
          step: await updateStep({
            ctx,
            workspace,
            step,
            byUserId: principal.user.id,
            patch: body,
          }),
        };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/process/steps',
      summary: 'Add a step to the process (admins)',
      tag: METHOD_TAG,
      action: 'process:configure',
      body: addProcessStepRequestSchema,
      response: processStepResponseSchema,
      status: 201,
      errors: [400, 409],
      async handle({ workspace, principal, body }) {
        return {
          step: await addStep({ ctx, workspace, byUserId: principal.user.id, input: body }),
        };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/legal-test',
      summary:
        'The IOP legal test: each criterion’s current assessment and history, the proposed result',
      tag: METHOD_TAG,
      action: 'workspace:read',
      response: legalTestResponseSchema,
      async handle({ workspace }) {
        requireIop(workspace);
        return legalTestOf(ctx, workspace);
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'put',
      path: '/workspaces/:workspaceId/legal-test/:criterion',
      summary: 'Assess one criterion of the legal test (a new assessment; the history is kept)',
      tag: METHOD_TAG,
      action: 'legaltest:assess',
      body: assessCriterionRequestSchema,
      response: assessCriterionResponseSchema,
      errors: [400],
      async handle({ workspace, membership, params, body }) {
        requireIop(workspace);
        const criterion = parseOrThrow(legalTestCriterionSchema, params.criterion);
        const entry = await assessCriterion({ ctx, workspace, membership, criterion, input: body });
        const entries = await ctx.store.legalTestEntries.listByWorkspace(workspace.id);
        return { entry, proposal: proposeLegalTestResult(latestPerCriterion(entries)) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/legal-test/decision',
      summary:
        'Put the legal test’s result to the steering group: a draft decision of type iop_legal_test (409 legal_test_open while criteria are unclear)',
      tag: METHOD_TAG,
      action: 'decision:create',
      body: proposeLegalTestDecisionRequestSchema,
      response: proposeLegalTestDecisionResponseSchema,
      status: 201,
      errors: [400, 409],
      async handle({ workspace, membership, principal, body }) {
        requireIop(workspace);
        authorize(principal, 'legaltest:assess', { type: 'workspace', workspace, membership });
        return {
          decision: await proposeLegalTestDecision({
            ctx,
            workspace,
            byUserId: principal.user.id,
            input: body,
          }),
        };
      },
    }),
  ];
}
