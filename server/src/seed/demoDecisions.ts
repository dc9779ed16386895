/**
 * The demo's decisions, made through the ordinary decision services and
 * recorded as the people who took them (so the register, the activity feed
 * and the export read as they would live):
 * - decided: the steering group chose IOP as the form of cooperation, every
 *   required organisation on record, the employment agency with a
 *   reservation, Försäkringskassan's position recorded by the coordinator as
 *   its representative stated it in the meeting, the reference group's
 *   statement beside it;
 * - open: the IOP agreement's "Parternas insatser och resurser" clause
 *   (written into the draft first, so its wording is under decision), with
 *   the municipality's approval and the idea-based organisation's board
 *   still anchoring it.
 */
import * as Y from 'yjs';
import { runWithActor } from '../events/requestContext.js';
import { loadStoredDoc } from '../services/commentAnchors.js';
import type { Decision } from '@samverka/shared';
import type { ServiceContext } from '../services/context.js';
import { createDecision } from '../services/decisions/decisionChanges.js';
import {
  addStatement,
  closeDecision,
  openDecision,
} from '../services/decisions/decisionLifecycle.js';
import { recordPosition } from '../services/decisions/decisionPositions.js';
import { EDITOR_FRAGMENT } from '../services/templateContent.js';
import type { DocumentRecord, UserRecord, WorkspaceRecord } from '../store/port.js';

/** The IOP template's section the open decision is about (its section id is the template key). */
export const CONTRIBUTIONS_SECTION_ID = 'contributions';

const CONTRIBUTIONS_TEXT =
  'Ängby kommun bidrar med lokaler i Ängby centrum och två arbetsmarknadskonsulenter ' +
  '(1,5 årsarbetare). Ängby Stadsmission bidrar med handledare, ideell tid motsvarande ' +
  '0,5 årsarbetare och sitt nätverk av arbetsplatser för praktik. Parterna redovisar ' +
  'sina insatser till styrgruppen varje kvartal.';

/** Writes the clause's text into the stored draft (before anyone has it open). */
async function writeContributions(ctx: ServiceContext, document: DocumentRecord): Promise<void> {
  const doc = await loadStoredDoc(ctx.store.documents, document.id);
  try {
    const blocks = doc.getXmlFragment(EDITOR_FRAGMENT).toArray();
    const index = blocks.findIndex(
      (block) =>
        block instanceof Y.XmlElement &&
        block.nodeName === 'heading' &&
        block.getAttribute('sectionId') === CONTRIBUTIONS_SECTION_ID,
    );
    const paragraph = blocks[index + 1];
    if (index < 0 || !(paragraph instanceof Y.XmlElement) || paragraph.length > 0) return;
    const before = Y.encodeStateVector(doc);
    paragraph.insert(0, [new Y.XmlText(CONTRIBUTIONS_TEXT)]);
    await ctx.store.documents.append([
      { documentName: document.id, update: Y.encodeStateAsUpdate(doc, before) },
    ]);
  } finally {
    doc.destroy();
  }
}

export async function seedDemoDecisions(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  iop: DocumentRecord;
  people: {
    coordinator: UserRecord;
    ideaBased: UserRecord;
    employmentAgency: UserRecord;
    union: UserRecord;
  };
  organisations: { kommun: string; ideburen: string; af: string; fk: string };
  bodies: { styrgrupp: string; referensgrupp: string };
}): Promise<{ decided: Decision; open: Decision }> {
  const { ctx, workspace, people, organisations, bodies } = props;
  const as = async <T>(user: UserRecord, fn: () => Promise<T>): Promise<T> => {
    const membership = (await ctx.store.memberships.findByUser(workspace.id, user.id))!;
    const organisation = await ctx.store.organisations.findById(
      workspace.id,
      membership.organisationId,
    );
    const actor = {
      userId: user.id,
      name: user.name,
      organisationId: membership.organisationId,
      organisationName: organisation?.name ?? null,
      onBehalfOf: null,
    };
    return runWithActor(actor, fn);
  };
  const coordinator = people.coordinator;
  const position = (
    user: UserRecord,
    decision: Parameters<typeof recordPosition>[0]['decision'],
    organisationId: string,
    input: Parameters<typeof recordPosition>[0]['input'],
  ) => as(user, () => recordPosition({ ctx, decision, organisationId, byUserId: user.id, input }));

  // 1. Decided: the form of cooperation.
  const form = await as(coordinator, () =>
    createDecision({
      ctx,
      workspace,
      byUserId: coordinator.id,
      input: {
        bodyId: bodies.styrgrupp,
        advisoryBodyIds: [bodies.referensgrupp],
        type: 'form_choice',
        title: 'Val av samverkansform: idéburet offentligt partnerskap',
        proposal:
          'Styrgruppen föreslås besluta att samverkan om arbetsträning genomförs som ett ' +
          'idéburet offentligt partnerskap (IOP) med Ängby Stadsmission, och att ett avtal tas fram.',
        rule: { kind: 'consent_all_parties' },
        deadline: null,
        subject: null,
      },
    }),
  );
  const formOpen = await as(coordinator, () => openDecision({ ctx, decision: form }));
  await position(coordinator, formOpen, organisations.kommun, { position: 'approve' });
  await position(people.ideaBased, formOpen, organisations.ideburen, { position: 'approve' });
  await position(people.employmentAgency, formOpen, organisations.af, {
    position: 'approve_with_reservation',
    reason:
      'Arbetsförmedlingen deltar med kunskap om målgruppen men kan inte finansiera ' +
      'verksamheten inom partnerskapet.',
  });
  await position(coordinator, formOpen, organisations.fk, {
    position: 'approve',
    onBehalf: { statedBy: 'Sara Nilsson, Försäkringskassan', meetingId: null },
  });
  await as(people.union, () =>
    addStatement({
      ctx,
      decision: formOpen,
      byUserId: people.union.id,
      input: {
        bodyId: bodies.referensgrupp,
        text:
          'Referensgruppen tillstyrker IOP som form, under förutsättning att arbetsmiljön ' +
          'för deltagare och anställda följs upp i avtalet.',
      },
    }),
  );
  await as(coordinator, () =>
    closeDecision({
      ctx,
      decision: formOpen,
      byUserId: coordinator.id,
      input: {
        outcome: 'decided',
        statement:
          'Styrgruppen beslutar att samverkan genomförs som IOP med Ängby Stadsmission. ' +
          'Samordnaren får i uppdrag att ta fram ett avtalsutkast.',
      },
    }),
  );

  // 2. Open: the agreement's contributions clause.
  await writeContributions(ctx, props.iop);
  const clause = await as(coordinator, () =>
    createDecision({
      ctx,
      workspace,
      byUserId: coordinator.id,
      input: {
        bodyId: bodies.styrgrupp,
        advisoryBodyIds: [bodies.referensgrupp],
        type: 'document_approval',
        title: 'Godkännande av klausulen om parternas insatser och resurser',
        proposal: 'Styrgruppen föreslås godkänna klausulen i den lydelse den har i avtalsutkastet.',
        rule: { kind: 'consent_all_parties' },
        deadline: new Date(ctx.now().getTime() + 14 * 24 * 3600 * 1000).toISOString(),
        subject: { documentId: props.iop.id, sectionIds: [CONTRIBUTIONS_SECTION_ID] },
      },
    }),
  );
  const clauseOpen = await as(coordinator, () => openDecision({ ctx, decision: clause }));
  await position(coordinator, clauseOpen, organisations.kommun, { position: 'approve' });
  await position(people.ideaBased, clauseOpen, organisations.ideburen, {
    position: 'pending_anchoring',
    reason: 'Styrelsen behandlar avtalet den 14 maj.',
  });
  const decided = (await ctx.store.decisions.findById(formOpen.id))!;
  return { decided, open: (await ctx.store.decisions.findById(clauseOpen.id))! };
}
