/**
 * The process tracker (issue 15). A workspace's steps are created from the
 * definitions of its kind the first time anyone reads them (idempotent: the
 * ids are `<workspace>:<definition key>`). Completing a step that requires a
 * decision needs a decided one of that type (shared processRules).
 */
import {
  checkStepStatus,
  processDefinitions,
  processProgress,
  type AddProcessStepRequest,
  type ProcessResponse,
  type ProcessStepView,
  type UpdateProcessStepRequest,
} from '@samverka/shared';
import { AppError, notFound } from '../../errors.js';
import type { ProcessStepRecord, WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { changedFields, recordChange } from '../recordChange.js';

const definitionOf = (workspace: WorkspaceRecord, key: string | null) =>
  key === null ? undefined : processDefinitions[workspace.kind].find((d) => d.key === key);

function initialSteps(workspace: WorkspaceRecord, now: string): ProcessStepRecord[] {
  return processDefinitions[workspace.kind].map((definition, position) => ({
    id: `${workspace.id}:${definition.key}`,
    workspaceId: workspace.id,
    definitionKey: definition.key,
    position,
    title: definition.title.sv,
    status: 'not_started',
    responsibleOrganisationId: null,
    dueDate: null,
    links: { documentIds: [], decisionIds: [], meetingIds: [] },
    notes: '',
    subSteps: definition.subSteps.map((sub) => ({
      key: sub.key,
      title: sub.title.sv,
      done: false,
    })),
    requiresDecisionType: definition.requiresDecisionType,
    updatedBy: null,
    updatedAt: now,
  }));
}

export async function loadSteps(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
): Promise<ProcessStepRecord[]> {
  const steps = await ctx.store.processSteps.listByWorkspace(workspace.id);
  if (steps.length > 0) return steps;
  await ctx.store.processSteps.insertMissing(initialSteps(workspace, ctx.now().toISOString()));
  return ctx.store.processSteps.listByWorkspace(workspace.id);
}

async function stepViews(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  steps: readonly ProcessStepRecord[],
): Promise<ProcessStepView[]> {
  const decisions = await ctx.store.decisions.listByWorkspace(workspace.id);
  return steps.map((step) => {
    const definition = definitionOf(workspace, step.definitionKey);
    const check = checkStepStatus(step, 'done', decisions);
    return {
      ...step,
      titleEn: definition && definition.title.sv === step.title ? definition.title.en : null,
      blockedBy: check.ok ? null : { code: check.code, decisionType: check.decisionType },
    };
  });
}

export async function processOf(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
): Promise<ProcessResponse> {
  const steps = await loadSteps(ctx, workspace);
  return { steps: await stepViews(ctx, workspace, steps), progress: processProgress(steps) };
}

/** Fields only admins (process:configure) change: renaming, skipping, the required decision. */
export function needsConfigure(step: ProcessStepRecord, patch: UpdateProcessStepRequest): boolean {
  return (
    (patch.title !== undefined && patch.title !== step.title) ||
    patch.requiresDecisionType !== undefined ||
    (patch.status !== undefined &&
      patch.status !== step.status &&
      (patch.status === 'not_applicable' || step.status === 'not_applicable'))
  );
}

const eventObject = (id: string) => ({ type: 'process_step' as const, id });
const stepFields = [
  'title',
  'status',
  'responsibleOrganisationId',
  'dueDate',
  'links',
  'notes',
  'subSteps',
  'requiresDecisionType',
] as const;

export async function findStep(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  stepId: string,
): Promise<ProcessStepRecord> {
  await loadSteps(ctx, workspace);
  const step = await ctx.store.processSteps.findById(stepId);
  if (!step || step.workspaceId !== workspace.id) throw notFound('Process step');
  return step;
}

export async function updateStep(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  step: ProcessStepRecord;
  byUserId: string;
  patch: UpdateProcessStepRequest;
}): Promise<ProcessStepView> {
  const { ctx, workspace, step, patch } = props;
  if (patch.status !== undefined && patch.status !== step.status) {
    const decisions = await ctx.store.decisions.listByWorkspace(workspace.id);
    const check = checkStepStatus(
      { requiresDecisionType: patch.requiresDecisionType ?? step.requiresDecisionType },
      patch.status,
      decisions,
    );
    if (!check.ok) {
      throw new AppError(
        409,
        'decision_required',
        `This step needs a decided decision of type "${check.decisionType}" before it can be completed`,
        { decisionType: check.decisionType },
      );
    }
  }
  if (patch.responsibleOrganisationId) {
    const organisation = await ctx.store.organisations.findById(
      workspace.id,
      patch.responsibleOrganisationId,
    );
    if (!organisation || organisation.workspaceId !== workspace.id) {
      throw new AppError(400, 'validation_failed', 'The organisation is not in this workspace');
    }
  }
  const subSteps =
    patch.subSteps === undefined
      ? undefined
      : step.subSteps.map((sub) => ({
          ...sub,
          done: patch.subSteps!.find((given) => given.key === sub.key)?.done ?? sub.done,
        }));
  const { result } = await recordChange(ctx, {
    workspaceId: workspace.id,
    action: needsConfigure(step, patch) ? 'process:configure' : 'process:update',
    object: eventObject(step.id),
    change: () =>
      ctx.store.processSteps.update(step.id, {
        ...patch,
        subSteps,
        updatedBy: props.byUserId,
        updatedAt: ctx.now().toISOString(),
      }),
    payload: (updated) =>
      updated ? { title: updated.title, ...changedFields(step, updated, stepFields) } : null,
  });
  if (!result) throw notFound('Process step');
  const [view] = await stepViews(ctx, workspace, [result]);
  return view!;
}

export async function addStep(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  byUserId: string;
  input: {
    title: string;
    afterStepId: string | null;
    requiresDecisionType: AddProcessStepRequest['requiresDecisionType'];
  };
}): Promise<ProcessStepView> {
  const { ctx, workspace, input } = props;
  const steps = await loadSteps(ctx, workspace);
  if (steps.length >= 40)
    throw new AppError(409, 'too_many_steps', 'A process has at most 40 steps');
  const after =
    input.afterStepId === null ? steps.at(-1) : steps.find((s) => s.id === input.afterStepId);
  if (input.afterStepId !== null && !after) {
    throw new AppError(400, 'validation_failed', 'afterStepId is not a step of this process');
  }
  const position = after ? after.position + 1 : 0;
  const now = ctx.now().toISOString();
  const step: ProcessStepRecord = {
    id: ctx.newId(),
    workspaceId: workspace.id,
    definitionKey: null,
    position,
    title: input.title,
    status: 'not_started',
    responsibleOrganisationId: null,
    dueDate: null,
    links: { documentIds: [], decisionIds: [], meetingIds: [] },
    notes: '',
    subSteps: [],
    requiresDecisionType: input.requiresDecisionType ?? null,
    updatedBy: props.byUserId,
    updatedAt: now,
  };
  const later = steps.filter((s) => s.position >= position);
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'process:configure',
    object: eventObject(step.id),
    change: async () => {
      for (const s of later)
        await ctx.store.processSteps.update(s.id, { position: s.position + 1 });
      await ctx.store.processSteps.insertMissing([step]);
    },
    payload: () => ({ title: step.title, added: true, position }),
  });
  const [view] = await stepViews(ctx, workspace, [step]);
  return view!;
}
