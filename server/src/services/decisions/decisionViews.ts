/**
 * Decisions as the API shows them: the latest position per organisation and
 * the full history (each marked when the wording it was given on has changed
 * since), advisory statements, the rule's live result, the drift of the
 * subject sections, and what the caller may do.
 */
import { evaluateRule, latestApprovals } from '@samverka/shared';
import type {
  Approval,
  Decision,
  DecisionAbilities,
  DecisionDrift,
  DecisionListItem,
  DecisionView,
  DocumentDecision,
  PositionView,
  RuleResult,
} from '@samverka/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { permits } from '../../auth/authorize.js';
import type { Actor, InWorkspace } from '../../auth/authorize.js';
import type { ServiceContext } from '../context.js';
import { driftOf, readStoredNode } from './decisionWording.js';

/** Positions are approvals whose subject is the decision. */
export const positionsSubject = (decisionId: string) => ({
  kind: 'decision' as const,
  id: decisionId,
});

export function ruleResultOf(
  decision: Decision,
  approvals: readonly Approval[],
  now: Date,
): RuleResult {
  const positions = latestApprovals(approvals).flatMap((approval) =>
    approval.approver.kind === 'organisation'
      ? [{ organisationId: approval.approver.organisationId, verdict: approval.verdict }]
      : [],
  );
  return evaluateRule({
    rule: decision.rule,
    requiredOrganisationIds: decision.requiredOrganisationIds,
    positions,
    deadline: decision.deadline,
    now,
  });
}

/** Reads each subject document once per call (a register lists many decisions). */
export function nodeReader(ctx: ServiceContext) {
  const cache = new Map<string, Promise<ProseMirrorNode | null>>();
  return (decision: Decision): Promise<ProseMirrorNode | null> => {
    const documentId = decision.subject?.documentId;
    if (documentId === undefined || decision.status === 'draft') return Promise.resolve(null);
    let node = cache.get(documentId);
    if (!node) {
      node = ctx.store.documentRecords
        .findById(documentId)
        .then((found) => (found ? readStoredNode(ctx.store.documents, documentId) : null));
      cache.set(documentId, node);
    }
    return node;
  };
}

export async function driftNow(ctx: ServiceContext, decision: Decision): Promise<DecisionDrift> {
  return driftOf(decision, await nodeReader(ctx)(decision));
}

function abilitiesOf(
  actor: Actor,
  access: InWorkspace,
  decision: Decision,
  drift: DecisionDrift,
): DecisionAbilities {
  const onWorkspace = { type: 'workspace' as const, ...access };
  const open = decision.status === 'open';
  const own = access.membership?.organisationId;
  const mayRecordOwn =
    own !== undefined &&
    decision.requiredOrganisationIds.includes(own) &&
    permits(actor, 'position:record', { type: 'position', organisationId: own, ...access });
  return {
    edit: permits(actor, 'decision:update', onWorkspace) && (open || decision.status === 'draft'),
    open: permits(actor, 'decision:update', onWorkspace) && decision.status === 'draft',
    close: permits(actor, 'decision:close', onWorkspace) && (open || decision.status === 'draft'),
    recordFor: open && mayRecordOwn && own !== undefined ? [own] : [],
    recordOnBehalf:
      open &&
      decision.requiredOrganisationIds.some((organisationId) =>
        permits(actor, 'position:record_on_behalf', {
          type: 'position',
          organisationId,
          ...access,
        }),
      ),
    statementFor: open
      ? decision.advisoryBodyIds.filter((bodyId) =>
          permits(actor, 'statement:record', { type: 'statement', bodyId, ...access }),
        )
      : [],
    followUp:
      permits(actor, 'decision:create', onWorkspace) &&
      decision.status !== 'draft' &&
      drift.changed,
  };
}

export async function decisionView(props: {
  ctx: ServiceContext;
  decision: Decision;
  actor: Actor;
  access: InWorkspace;
}): Promise<DecisionView> {
  const { ctx, decision, actor, access } = props;
  const [approvals, statements, siblings, document, node] = await Promise.all([
    ctx.store.approvals.listBySubject(positionsSubject(decision.id)),
    ctx.store.decisionStatements.listByDecision(decision.id),
    ctx.store.decisions.listByWorkspace(decision.workspaceId),
    decision.subject ? ctx.store.documentRecords.findById(decision.subject.documentId) : null,
    nodeReader(ctx)(decision),
  ]);
  const drift = driftOf(decision, node);
  const users = await ctx.store.users.findManyByIds([
    ...new Set(approvals.map((approval) => approval.recordedBy)),
  ]);
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const present = (approval: Approval): PositionView => ({
    ...approval,
    recordedByName: nameOf.get(approval.recordedBy) ?? '',
    wordingChangedSince:
      decision.status !== 'draft' && approval.contentHash !== drift.currentContentHash,
  });
  return {
    decision,
    documentTitle: document?.title ?? null,
    positions: latestApprovals(approvals).map(present),
    history: approvals.map(present),
    statements,
    result: ruleResultOf(decision, approvals, ctx.now()),
    drift,
    followUps: siblings
      .filter((other) => other.followsUpDecisionId === decision.id)
      .map(({ id, title, status }) => ({ id, title, status })),
    abilities: abilitiesOf(actor, access, decision, drift),
  };
}

/** The register's rows: each decision with its live result and whether its wording drifted. */
export async function decisionListItems(
  ctx: ServiceContext,
  decisions: readonly Decision[],
): Promise<DecisionListItem[]> {
  const workspaceId = decisions[0]?.workspaceId;
  if (workspaceId === undefined) return [];
  const read = nodeReader(ctx);
  // One read each for the workspace's positions and documents, not one per decision.
  const [approvals, documents] = await Promise.all([
    ctx.store.approvals.listByWorkspace(workspaceId, 'decision'),
    ctx.store.documentRecords.listByWorkspace(workspaceId),
  ]);
  const titleOf = new Map(documents.map((document) => [document.id, document.title]));
  return Promise.all(
    decisions.map(async (decision) => {
      const own = approvals.filter((approval) => approval.subject.id === decision.id);
      const documentId = decision.subject?.documentId;
      return {
        decision,
        result: ruleResultOf(decision, own, ctx.now()),
        drifted: driftOf(decision, await read(decision)).changed,
        documentTitle: documentId === undefined ? null : (titleOf.get(documentId) ?? null),
      };
    }),
  );
}

/** For the editor: a document's decisions, with per-section drift flags. */
export async function documentDecisions(
  ctx: ServiceContext,
  documentId: string,
): Promise<DocumentDecision[]> {
  const decisions = await ctx.store.decisions.listByDocument(documentId);
  const read = nodeReader(ctx);
  return Promise.all(
    decisions.map(async (decision) => {
      const approvals = await ctx.store.approvals.listBySubject(positionsSubject(decision.id));
      const drift = driftOf(decision, await read(decision));
      return {
        decision,
        result: ruleResultOf(decision, approvals, ctx.now()),
        sections: (decision.subject?.sections ?? []).map((section) => ({
          sectionId: section.sectionId,
          heading: section.heading,
          changed: drift.sections.some(
            (s) => s.sectionId === section.sectionId && s.status !== 'unchanged',
          ),
          approvedAt: decision.openedAt,
        })),
      };
    }),
  );
}
