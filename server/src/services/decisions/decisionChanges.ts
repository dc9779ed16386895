/**
 * Creating and changing decisions (issue 12; opening, statements, closing
 * and follow-ups are in decisionLifecycle.ts). Callers have loaded and
 * authorized (http/routes/decisionRoutes.ts); services check the domain: bodies, organisations and sections belong to the workspace and
 * its document, status moves are compare-and-set, and every change is an
 * event (recordChange). Payloads carry ids and titles, never long texts
 * (the log is immutable and its payloads are small).
 */
import type {
  Decision,
  DecisionSubject,
  DecisionSubjectRequest,
  UpdateDecisionRequest,
  createDecisionRequestSchema,
} from '@samverka/shared';
import type { z } from 'zod';
import { AppError } from '../../errors.js';
import type { WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { changedFields, recordChange } from '../recordChange.js';
import { readStoredNode, subjectSections } from './decisionWording.js';

const invalid = (message: string) => new AppError(400, 'validation_failed', message);
const conflict = (message: string) => new AppError(409, 'decision_status', message);
export { conflict as decisionConflict, invalid as invalidDecision };

export type CreateDecisionInput = z.output<typeof createDecisionRequestSchema>;
type CreateInput = CreateDecisionInput;

/** Bodies, organisations and the lead must be the workspace's own. */
async function checkReferences(
  ctx: ServiceContext,
  workspaceId: string,
  fields: Pick<Decision, 'bodyId' | 'advisoryBodyIds' | 'rule' | 'requiredOrganisationIds'>,
): Promise<void> {
  const [bodies, organisations] = await Promise.all([
    ctx.store.bodies.listByWorkspace(workspaceId),
    ctx.store.organisations.listByWorkspace(workspaceId),
  ]);
  const body = bodies.find((candidate) => candidate.id === fields.bodyId);
  if (!body) throw invalid('The deciding body is not in this workspace');
  if (body.authority !== 'binding') throw invalid('The deciding body must be a binding body');
  for (const advisory of fields.advisoryBodyIds) {
    if (advisory === fields.bodyId || !bodies.some((candidate) => candidate.id === advisory)) {
      throw invalid('An advisory body is not another body of this workspace');
    }
  }
  const known = new Set(organisations.map((organisation) => organisation.id));
  if (fields.requiredOrganisationIds.length === 0) {
    throw invalid('Name the organisations whose position is required');
  }
  for (const id of fields.requiredOrganisationIds) {
    if (!known.has(id)) throw invalid('A required organisation is not in this workspace');
  }
  if (
    fields.rule.kind === 'lead_authority_after_consultation' &&
    !fields.requiredOrganisationIds.includes(fields.rule.leadOrganisationId)
  ) {
    throw invalid('The lead organisation must be one of the required organisations');
  }
}

/** The organisations represented in a body (the default required organisations). */
async function organisationsInBody(
  ctx: ServiceContext,
  workspaceId: string,
  bodyId: string,
): Promise<string[]> {
  const members = await ctx.store.memberships.listByWorkspace(workspaceId);
  return [
    ...new Set(members.filter((m) => m.bodyIds.includes(bodyId)).map((m) => m.organisationId)),
  ];
}

/** The subject as named by the client: a document of this workspace and sections in it. */
async function resolveSubject(
  ctx: ServiceContext,
  workspaceId: string,
  request: DecisionSubjectRequest | null,
): Promise<DecisionSubject | null> {
  if (request === null) return null;
  const document = await ctx.store.documentRecords.findById(request.documentId);
  if (!document || document.workspaceId !== workspaceId) {
    throw invalid('The document is not in this workspace');
  }
  const node = await readStoredNode(ctx.store.documents, document.id);
  if (node === null) throw invalid('The document has no content');
  return subjectSections(node, document.id, request.sectionIds);
}

const eventObject = (id: string) => ({ type: 'decision' as const, id });

export async function createDecision(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  byUserId: string;
  input: CreateInput;
  followsUpDecisionId?: string;
}): Promise<Decision> {
  const { ctx, workspace, input } = props;
  const requiredOrganisationIds =
    input.requiredOrganisationIds ?? (await organisationsInBody(ctx, workspace.id, input.bodyId));
  const fields = { ...input, requiredOrganisationIds: [...new Set(requiredOrganisationIds)] };
  await checkReferences(ctx, workspace.id, fields);
  const decision: Decision = {
    id: ctx.newId(),
    workspaceId: workspace.id,
    bodyId: input.bodyId,
    advisoryBodyIds: [...new Set(input.advisoryBodyIds)],
    type: input.type,
    title: input.title,
    proposal: input.proposal,
    rule: input.rule,
    requiredOrganisationIds: fields.requiredOrganisationIds,
    deadline: input.deadline,
    status: 'draft',
    subject: await resolveSubject(ctx, workspace.id, input.subject),
    contentHash: null,
    followsUpDecisionId: props.followsUpDecisionId ?? null,
    outcomeStatement: null,
    overrideStatement: null,
    createdBy: props.byUserId,
    createdAt: ctx.now().toISOString(),
    openedAt: null,
    closedAt: null,
    closedBy: null,
    meetingId: null,
  };
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'decision:create',
    object: eventObject(decision.id),
    change: () => ctx.store.decisions.insert(decision),
    payload: () => ({
      title: decision.title,
      type: decision.type,
      documentId: decision.subject?.documentId ?? null,
      followsUpDecisionId: decision.followsUpDecisionId,
    }),
  });
  return decision;
}

/** Fields an open decision may still change: positions are bound to the rest. */
const WHILE_OPEN: readonly (keyof UpdateDecisionRequest)[] = [
  'title',
  'deadline',
  'advisoryBodyIds',
];
const LOGGED: readonly (keyof Decision)[] = [
  'bodyId',
  'advisoryBodyIds',
  'type',
  'title',
  'rule',
  'requiredOrganisationIds',
  'deadline',
];

export async function updateDecision(props: {
  ctx: ServiceContext;
  decision: Decision;
  input: UpdateDecisionRequest;
}): Promise<Decision> {
  const { ctx, decision, input } = props;
  if (decision.status !== 'draft' && decision.status !== 'open') {
    throw conflict('A closed decision does not change');
  }
  if (decision.status === 'open') {
    const locked = Object.entries(input)
      .filter(([key, value]) => value !== undefined && !WHILE_OPEN.includes(key as never))
      .map(([key]) => key);
    if (locked.length > 0) {
      throw conflict(
        `An open decision keeps its ${locked.join(', ')}: positions are bound to them`,
      );
    }
  }
  const { subject: subjectRequest, ...rest } = input;
  const next: Decision = {
    ...decision,
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
  };
  await checkReferences(ctx, decision.workspaceId, next);
  const patch: Partial<Decision> = { ...rest };
  if (subjectRequest !== undefined) {
    patch.subject = await resolveSubject(ctx, decision.workspaceId, subjectRequest);
  }
  const { result } = await recordChange(ctx, {
    workspaceId: decision.workspaceId,
    action: 'decision:update',
    object: eventObject(decision.id),
    change: () => ctx.store.decisions.update(decision.id, [decision.status], patch),
    payload: (updated) => {
      if (!updated) return null;
      const fields = changedFields(decision, updated, LOGGED);
      const other = (['proposal', 'subject'] as const).filter(
        (key) => JSON.stringify(decision[key]) !== JSON.stringify(updated[key]),
      );
      return { title: updated.title, ...fields, ...(other.length ? { alsoChanged: other } : {}) };
    },
  });
  if (!result) throw conflict('The decision changed status meanwhile; reload it');
  return result;
}
