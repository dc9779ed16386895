/**
 * The procurement register and its follow-up entries (issue 15). Every
 * change is an event; payloads name the procurement and period, never a
 * figure (figures below 5 must not leak through the activity feed either).
 * Reads go through followUpFigures.ts so figures reach each caller suppressed.
 */
import {
  type CreateFollowUpEntryRequest,
  type CreateProcurementRequest,
  type FollowUpEntriesResponse,
  type ProcurementView,
  type UpdateFollowUpEntryRequest,
  type UpdateProcurementRequest,
  createFollowUpEntryRequestSchema,
} from '@samverka/shared';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.js';
import type {
  FollowUpEntryRecord,
  MembershipRecord,
  ProcurementRecord,
  WorkspaceRecord,
} from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';
import { keys, visibleFollowUp, type VisibleFollowUp } from './followUpFigures.js';

const invalid = (message: string) => new AppError(400, 'validation_failed', message);

/** Loads the workspace's register and computes what the viewer may see. */
export async function followUpFor(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  viewerOrganisationId: string | null,
) {
  const [procurements, entries, organisations] = await Promise.all([
    ctx.store.procurements.listByWorkspace(workspace.id),
    ctx.store.followUpEntries.listByWorkspace(workspace.id),
    ctx.store.organisations.listByWorkspace(workspace.id),
  ]);
  const visible = visibleFollowUp({ procurements, entries, organisations, viewerOrganisationId });
  return { procurements, entries, organisations, visible };
}

export function procurementView(p: ProcurementRecord, visible: VisibleFollowUp): ProcurementView {
  return {
    ...p,
    realised: visible.figures(keys.procurement(p.id)),
    ownFigures: visible.owns(p.id),
  };
}

export async function findProcurement(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  id: string,
): Promise<ProcurementRecord> {
  const procurement = await ctx.store.procurements.findById(id);
  if (!procurement || procurement.workspaceId !== workspace.id) throw notFound('Procurement');
  return procurement;
}

async function checkOrganisations(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  fields: Partial<Pick<ProcurementRecord, 'matchingOrganisationId' | 'supplier'>>,
): Promise<void> {
  const ids = [
    fields.matchingOrganisationId,
    fields.supplier?.kind === 'organisation' ? fields.supplier.organisationId : null,
  ].filter((id): id is string => typeof id === 'string');
  for (const id of ids) {
    if (!(await ctx.store.organisations.findById(workspace.id, id))) {
      throw invalid('An organisation named is not in this workspace');
    }
  }
}

/** No requirement level without requirements; a reason only when there are none. */
function normalised<T extends Partial<ProcurementRecord>>(
  fields: T,
  current?: ProcurementRecord,
): T {
  const social = fields.socialRequirements ?? current?.socialRequirements;
  if (social === false && (fields.requirementLevel ?? null) !== null) {
    throw invalid('A requirement level needs social requirements');
  }
  return social === true
    ? { ...fields, noRequirementsReason: null }
    : { ...fields, requirementLevel: null };
}

const procurementObject = (id: string) => ({ type: 'procurement' as const, id });

export async function createProcurement(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  byUserId: string;
  input: CreateProcurementRequest;
}): Promise<ProcurementRecord> {
  const { ctx, workspace } = props;
  await checkOrganisations(ctx, workspace, props.input);
  const now = ctx.now().toISOString();
  const procurement: ProcurementRecord = {
    ...normalised(props.input),
    id: ctx.newId(),
    workspaceId: workspace.id,
    createdBy: props.byUserId,
    createdAt: now,
    updatedAt: now,
  };
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'procurement:update',
    object: procurementObject(procurement.id),
    change: () => ctx.store.procurements.insert(procurement),
    payload: () => ({ name: procurement.name, created: true }),
  });
  return procurement;
}

export async function updateProcurement(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  procurement: ProcurementRecord;
  patch: UpdateProcurementRequest;
}): Promise<ProcurementRecord> {
  const { ctx, workspace, procurement } = props;
  await checkOrganisations(ctx, workspace, props.patch);
  const patch = normalised(props.patch, procurement);
  const { result } = await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'procurement:update',
    object: procurementObject(procurement.id),
    change: () =>
      ctx.store.procurements.update(procurement.id, {
        ...patch,
        updatedAt: ctx.now().toISOString(),
      }),
    payload: (updated) =>
      updated ? { name: updated.name, changed: Object.keys(props.patch).sort() } : null,
  });
  if (!result) throw notFound('Procurement');
  return result;
}

export async function deleteProcurement(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  procurement: ProcurementRecord;
}): Promise<void> {
  const { ctx, procurement } = props;
  await recordChange(ctx, {
    workspaceId: props.workspace.id,
    action: 'procurement:update',
    object: procurementObject(procurement.id),
    change: () => ctx.store.procurements.delete(procurement.id),
    payload: (deleted) => (deleted ? { name: procurement.name, deleted: true } : null),
  });
}

export async function followUpEntriesOf(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  procurement: ProcurementRecord,
  membership: MembershipRecord,
): Promise<FollowUpEntriesResponse> {
  const { entries, visible } = await followUpFor(ctx, workspace, membership.organisationId);
  return {
    entries: entries
      .filter((e) => e.procurementId === procurement.id)
      .map((e) => ({
        id: e.id,
        procurementId: e.procurementId,
        period: e.period,
        figures: visible.figures(keys.entry(e.id)),
        note: e.note,
        recordedBy: e.recordedBy,
        recordedAt: e.recordedAt,
      })),
    total: visible.figures(keys.procurement(procurement.id)),
  };
}

const entryObject = (id: string) => ({ type: 'follow_up_entry' as const, id });

export async function createFollowUpEntry(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  procurement: ProcurementRecord;
  byUserId: string;
  input: z.output<typeof createFollowUpEntryRequestSchema>;
}): Promise<FollowUpEntryRecord> {
  const { ctx, procurement, input } = props;
  const entry: FollowUpEntryRecord = {
    id: `${procurement.id}:${input.period}`,
    workspaceId: props.workspace.id,
    procurementId: procurement.id,
    period: input.period,
    jobsStarted: input.jobsStarted,
    fullTimeMonths: input.fullTimeMonths,
    jobsEndedEarly: input.jobsEndedEarly,
    jobsEndedEarlyCounted: input.jobsEndedEarlyCounted,
    note: input.note,
    recordedBy: props.byUserId,
    recordedAt: ctx.now().toISOString(),
  };
  const { result } = await recordChange(ctx, {
    workspaceId: props.workspace.id,
    action: 'procurement:update',
    object: entryObject(entry.id),
    change: () => ctx.store.followUpEntries.insert(entry),
    payload: (outcome) =>
      outcome === 'created'
        ? { procurement: procurement.name, period: entry.period, recorded: true }
        : null,
  });
  if (result === 'duplicate') {
    throw new AppError(
      409,
      'period_exists',
      'This procurement already has an entry for that period',
    );
  }
  return entry;
}

export async function findEntry(
  ctx: ServiceContext,
  procurement: ProcurementRecord,
  entryId: string,
): Promise<FollowUpEntryRecord> {
  const entry = await ctx.store.followUpEntries.findById(entryId);
  if (!entry || entry.procurementId !== procurement.id) throw notFound('Follow-up entry');
  return entry;
}

export async function updateFollowUpEntry(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  procurement: ProcurementRecord;
  entry: FollowUpEntryRecord;
  byUserId: string;
  patch: UpdateFollowUpEntryRequest;
}): Promise<FollowUpEntryRecord> {
  const { ctx, entry, patch } = props;
  const ended = patch.jobsEndedEarly ?? entry.jobsEndedEarly;
  const counted = patch.jobsEndedEarlyCounted ?? entry.jobsEndedEarlyCounted;
  if (counted > ended) invalidCounted();
  const { result } = await recordChange(ctx, {
    workspaceId: props.workspace.id,
    action: 'procurement:update',
    object: entryObject(entry.id),
    change: () =>
      ctx.store.followUpEntries.update(entry.id, {
        ...patch,
        recordedBy: props.byUserId,
        recordedAt: ctx.now().toISOString(),
      }),
    payload: (updated) =>
      updated
        ? {
            procurement: props.procurement.name,
            period: entry.period,
            changed: Object.keys(patch).sort(),
          }
        : null,
  });
  if (!result) throw notFound('Follow-up entry');
  return result;
}

function invalidCounted(): never {
  throw new AppError(400, 'validation_failed', 'cannot count more early endings than there were', [
    { path: 'jobsEndedEarlyCounted', message: 'at most jobsEndedEarly' },
  ]);
}

export async function deleteFollowUpEntry(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  procurement: ProcurementRecord;
  entry: FollowUpEntryRecord;
}): Promise<void> {
  const { ctx, entry } = props;
  await recordChange(ctx, {
    workspaceId: props.workspace.id,
    action: 'procurement:update',
    object: entryObject(entry.id),
    change: () => ctx.store.followUpEntries.delete(entry.id),
    payload: (deleted) =>
      deleted ? { procurement: props.procurement.name, period: entry.period, deleted: true } : null,
  });
}

export type { CreateFollowUpEntryRequest };
