/**
 * A decision's life after drafting (issue 12): opening it for positions
 * (storing the wording under decision), advisory statements, closing it
 * (against the rule's computed result only with a statement why) and taking
 * a changed clause up again as a linked draft. Status moves are
 * compare-and-set; every change is an event (recordChange).
 */
import type { CloseDecisionRequest, Decision, DecisionStatus } from '@samverka/shared';
import { AppError } from '../../errors.js';
import type { WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';
import {
  createDecision,
  decisionConflict as conflict,
  invalidDecision as invalid,
} from './decisionChanges.js';
import type { CreateDecisionInput as CreateInput } from './decisionChanges.js';
import { captureWording, decisionHash, readStoredNode } from './decisionWording.js';
import { positionsSubject, ruleResultOf } from './decisionViews.js';

const eventObject = (id: string) => ({ type: 'decision' as const, id });

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
