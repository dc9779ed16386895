/**
 * Creating, changing, opening and closing decisions (issue 12). Callers have
 * loaded and authorized (http/routes/decisionRoutes.ts); services check the
 * domain: bodies, organisations and sections belong to the workspace and
 * its document, status moves are compare-and-set, and every change is an
 * event (recordChange). Payloads carry ids and titles, never long texts
 * (the log is immutable and its payloads are small).
 */
import type {
  CloseDecisionRequest,
  Decision,
  DecisionStatus,
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
import {
  captureWording,
  decisionHash,
  readStoredNode,
  subjectSections,
} from './decisionWording.js';
import { positionsSubject, ruleResultOf } from './decisionViews.js';

const invalid = (message: string) => new AppError(400, 'validation_failed', message);
const conflict = (message: string) => new AppError(409, 'decision_status', message);

type CreateInput = z.output<typeof createDecisionRequestSchema>;

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

/** Opens a draft for positions, storing the wording under decision. */
export async function openDecision(props: {
  ctx: ServiceContext;
  decision: Decision;
}): Promise<Decision> {
  const { ctx, decision } = props;
  if (decision.status !== 'draft') throw conflict('Only a draft can be opened');
  let subject = decision.subject;
  if (subject !== null) {
    const node = await readStoredNode(ctx.store.documents, subject.documentId);
    if (node === null || !(await ctx.store.documentRecords.findById(subject.documentId))) {
      throw new AppError(409, 'document_gone', 'The document this decision is about is gone');
    }
    subject = captureWording(node, subject);
  }
  const now = ctx.now().toISOString();
  const { result } = await recordChange(ctx, {
    workspaceId: decision.workspaceId,
    action: 'decision:open',
    object: eventObject(decision.id),
    change: () =>
      ctx.store.decisions.update(decision.id, ['draft'], {
        status: 'open',
        subject,
        contentHash: decisionHash(subject, decision.proposal),
        openedAt: now,
      }),
    payload: (opened) =>
      opened
        ? {
            documentId: subject?.documentId ?? null,
            sectionIds: subject?.sections.map((section) => section.sectionId) ?? [],
            title: decision.title,
          }
        : null,
  });
  if (!result) throw conflict('The decision was opened or closed meanwhile');
  return result;
}

/** Does closing with this outcome go against the rule's computed result? */
function againstResult(outcome: CloseDecisionRequest['outcome'], computed: string): boolean {
  if (outcome === 'withdrawn') return false;
  return outcome !== computed;
}

export async function closeDecision(props: {
  ctx: ServiceContext;
  decision: Decision;
  byUserId: string;
  input: CloseDecisionRequest;
}): Promise<Decision> {
  const { ctx, decision, input } = props;
  const from: DecisionStatus[] = input.outcome === 'withdrawn' ? ['draft', 'open'] : ['open'];
  if (!from.includes(decision.status)) {
    throw conflict(
      input.outcome === 'withdrawn'
        ? 'Only a draft or open decision can be withdrawn'
        : 'Only an open decision can be closed',
    );
  }
  const approvals = await ctx.store.approvals.listBySubject(positionsSubject(decision.id));
  const computed = ruleResultOf(decision, approvals, ctx.now());
  const overriding = againstResult(input.outcome, computed.outcome);
  if (overriding && !input.overrideStatement) {
    throw new AppError(
      400,
      'statement_required',
      `The rule's result is "${computed.outcome}": closing as "${input.outcome}" needs a statement why`,
      [{ path: 'overrideStatement', message: 'required when closing against the computed result' }],
    );
  }
  const now = ctx.now().toISOString();
  const { result } = await recordChange(ctx, {
    workspaceId: decision.workspaceId,
    action: 'decision:close',
    object: eventObject(decision.id),
    change: () =>
      ctx.store.decisions.update(decision.id, from, {
        status: input.outcome,
        outcomeStatement: input.statement,
        overrideStatement: overriding ? (input.overrideStatement ?? null) : null,
        closedAt: now,
        closedBy: props.byUserId,
        meetingId: input.meetingId ?? decision.meetingId,
      }),
    payload: (closed) =>
      closed
        ? {
            title: decision.title,
            outcome: input.outcome,
            computed: computed.outcome,
            againstComputedResult: overriding,
          }
        : null,
  });
  if (!result) throw conflict('The decision was closed meanwhile');
  return result;
}

/** "Ta upp på nytt för den ändrade klausulen": a draft on the changed sections, linked. */
export async function followUpDecision(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  decision: Decision;
  byUserId: string;
  changedSectionIds: readonly string[];
  input: { sectionIds?: string[]; title?: string };
}): Promise<Decision> {
  const { ctx, decision, input } = props;
  if (decision.subject === null || decision.status === 'draft') {
    throw conflict('Only an opened decision about a document can be taken up again');
  }
  const sectionIds = input.sectionIds ?? [...props.changedSectionIds];
  if (sectionIds.length === 0) throw conflict('No section of this decision has changed');
  const create: CreateInput = {
    bodyId: decision.bodyId,
    advisoryBodyIds: decision.advisoryBodyIds,
    type: decision.type,
    title: input.title ?? `${decision.title} (ändrad lydelse)`.slice(0, 300),
    proposal: decision.proposal,
    rule: decision.rule,
    requiredOrganisationIds: decision.requiredOrganisationIds,
    deadline: null,
    subject: { documentId: decision.subject.documentId, sectionIds },
  };
  return createDecision({
    ctx,
    workspace: props.workspace,
    byUserId: props.byUserId,
    input: create,
    followsUpDecisionId: decision.id,
  });
}

export async function addStatement(props: {
  ctx: ServiceContext;
  decision: Decision;
  byUserId: string;
  input: { bodyId: string; text: string };
}) {
  const { ctx, decision, input } = props;
  if (!decision.advisoryBodyIds.includes(input.bodyId)) {
    throw invalid('That body does not advise on this decision');
  }
  if (decision.status !== 'open') throw conflict('Statements are made while the decision is open');
  const statement = {
    id: ctx.newId(),
    decisionId: decision.id,
    bodyId: input.bodyId,
    text: input.text,
    recordedBy: props.byUserId,
    recordedAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId: decision.workspaceId,
    action: 'statement:record',
    object: eventObject(decision.id),
    change: () => ctx.store.decisionStatements.insert(statement),
    payload: () => ({ title: decision.title, statementId: statement.id, bodyId: input.bodyId }),
  });
  return statement;
}
