/**
 * The demo's meetings of the steering group (issue 14), made through the
 * ordinary meeting services: one past meeting held from agenda to approved
 * minutes (approvals recorded, minutes locked, the decision on the form of
 * cooperation written in), and one planned meeting whose agenda takes up
 * the open decision on the agreement's contributions clause.
 *
 * The seed runs before the server, with nobody connected, so the minutes are
 * written through a live-document port that applies each change to the
 * stored document (the same change functions the hub runs).
 */
import type { AgendaItem, Decision } from '@samverka/shared';
import * as Y from 'yjs';
import { runWithActor } from '../events/requestContext.js';
import { loadStoredDoc } from '../services/commentAnchors.js';
import type { ServiceContext } from '../services/context.js';
import {
  addAgendaItem,
  createMeeting,
  putAttendance,
} from '../services/meetings/meetingChanges.js';
import { runChairCommand } from '../services/meetings/meetingLive.js';
import { writeDecisionIntoMinutes } from '../services/meetings/minutesContent.js';
import { decisionLines } from '../services/meetings/minutesText.js';
import { approveMinutes, sendMinutes } from '../services/meetings/minutesApproval.js';
import type { LiveDocuments } from '../services/versions/restoreVersion.js';
import type { DocumentRecord, UserRecord, WorkspaceRecord } from '../store/port.js';

const DAY_MS = 24 * 3600 * 1000;

/** The live-document port with no hub: each change is applied to the stored document. */
function storedDocuments(ctx: ServiceContext): LiveDocuments {
  return {
    async applyServerChange(documentName, change) {
      const doc = await loadStoredDoc(ctx.store.documents, documentName);
      try {
        const before = Y.encodeStateVector(doc);
        doc.transact(() => change(doc));
        const update = Y.encodeStateAsUpdate(doc, before);
        await ctx.store.documents.append([{ documentName, update }]);
        return { changed: true, clientId: doc.clientID };
      } finally {
        doc.destroy();
      }
    },
  };
}

/** A time on a whole hour, `days` from now (negative: in the past). */
function onTheHour(ctx: ServiceContext, days: number, hourUtc: number): string {
  const date = new Date(ctx.now().getTime() + days * DAY_MS);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.toISOString();
}

export async function seedDemoMeetings(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  iop: DocumentRecord;
  people: { coordinator: UserRecord; ideaBased: UserRecord; employmentAgency: UserRecord };
  organisations: { kommun: string; ideburen: string; af: string; fk: string };
  steeringGroup: string;
  decisions: { decided: Decision; open: Decision };
}): Promise<void> {
  const { ctx, workspace, people, organisations, decisions } = props;
  const live = storedDocuments(ctx);
  const as = async <T>(user: UserRecord, fn: () => Promise<T>): Promise<T> => {
    const membership = (await ctx.store.memberships.findByUser(workspace.id, user.id))!;
    const organisation = await ctx.store.organisations.findById(
      workspace.id,
      membership.organisationId,
    );
    return runWithActor(
      {
        userId: user.id,
        name: user.name,
        organisationId: membership.organisationId,
        organisationName: organisation?.name ?? null,
        onBehalfOf: null,
      },
      fn,
    );
  };
  const { coordinator, ideaBased, employmentAgency } = people;
  const base = {
    place: 'Ängby centrum, konferensrum Linden',
    videoLink: null,
    chairUserId: coordinator.id,
    secretaryUserId: coordinator.id,
    approverUserIds: [ideaBased.id, employmentAgency.id],
  };

  // 1. Held: agenda, attendance, the form decision in the minutes, approved and locked.
  const past = await as(coordinator, () =>
    createMeeting({
      ctx,
      workspace,
      bodyId: props.steeringGroup,
      byUserId: coordinator.id,
      input: {
        ...base,
        title: 'Styrgruppens möte om samverkansform',
        startsAt: onTheHour(ctx, -21, 8),
        endsAt: onTheHour(ctx, -21, 10),
      },
    }),
  );
  const pastItems: AgendaItem[] = [];
  for (const item of [
    { title: 'Mötets öppnande och val av justerare' },
    { title: 'Val av samverkansform', decisionId: decisions.decided.id, estimateMinutes: 45 },
    { title: 'Övriga frågor' },
  ]) {
    pastItems.push(await as(coordinator, () => addAgendaItem({ ctx, meeting: past, input: item })));
  }
  const present = (organisationId: string, user: UserRecord) => ({
    organisationId,
    userId: user.id,
    name: user.name,
    status: 'present' as const,
  });
  await as(coordinator, () =>
    putAttendance({
      ctx,
      meeting: past,
      input: {
        entries: [
          present(organisations.kommun, coordinator),
          present(organisations.ideburen, ideaBased),
          present(organisations.af, employmentAgency),
        ],
      },
    }),
  );
  const actor = { userId: coordinator.id, organisationId: organisations.kommun };
  let meeting = await as(coordinator, () =>
    runChairCommand({ ctx, live, meeting: past, command: 'start', by: actor }),
  );
  const approvals = await ctx.store.approvals.listBySubject({
    kind: 'decision',
    id: decisions.decided.id,
  });
  const lines = await decisionLines(ctx, decisions.decided, approvals);
  await live.applyServerChange(
    meeting.minutesDocumentId!,
    (doc) => writeDecisionIntoMinutes(doc, pastItems[1]!.id, lines),
    { userId: coordinator.id },
  );
  for (const command of ['next', 'next', 'end'] as const) {
    meeting = await as(coordinator, () =>
      runChairCommand({ ctx, live, meeting, command, by: actor }),
    );
  }
  meeting = await as(coordinator, () => sendMinutes({ ctx, meeting }));
  for (const approver of [ideaBased, employmentAgency]) {
    meeting = await as(approver, () =>
      approveMinutes({
        ctx,
        meeting,
        byUserId: approver.id,
        contentHash: meeting.minutesContentHash!,
      }),
    );
  }

  // 2. Planned: the agreement's contributions clause, with its open decision.
  const next = await as(coordinator, () =>
    createMeeting({
      ctx,
      workspace,
      bodyId: props.steeringGroup,
      byUserId: coordinator.id,
      input: {
        ...base,
        title: 'Styrgruppens möte om IOP-avtalet',
        startsAt: onTheHour(ctx, 7, 12),
        endsAt: onTheHour(ctx, 7, 14),
        videoLink: 'https://mote.example.se/styrgruppen',
      },
    }),
  );
  const clause = decisions.open.subject?.sections[0]?.sectionId ?? null;
  for (const item of [
    { title: 'Mötets öppnande och val av justerare', estimateMinutes: 5 },
    {
      title: 'Klausulen om parternas insatser och resurser',
      presenter: coordinator.name,
      documentId: props.iop.id,
      sectionId: clause,
      decisionId: decisions.open.id,
      estimateMinutes: 40,
    },
    { title: 'Uppföljning av första kvartalet', estimateMinutes: 20 },
    { title: 'Övriga frågor' },
  ]) {
    await as(coordinator, () => addAgendaItem({ ctx, meeting: next, input: item }));
  }
}
