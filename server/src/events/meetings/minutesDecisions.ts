/**
 * Decisions written into minutes, as a processor of the event log (issue
 * 14): when a decision is closed in a meeting (`decision:close` with the
 * decision's meetingId set), its outcome and every organisation's position
 * are written into that meeting's minutes under its agenda item, through
 * the live-document port, so they merge with what the secretary is typing.
 * Approved (locked) minutes are never written to.
 */
import { minutesLocked } from '@samverka/shared';
import type { WorkspaceEvent } from '@samverka/shared';
import type { ServiceContext } from '../../services/context.js';
import { writeDecisionIntoMinutes } from '../../services/meetings/minutesContent.js';
import { decisionLines } from '../../services/meetings/minutesText.js';
import type { LiveDocuments } from '../../services/versions/restoreVersion.js';

export interface MinutesDecisions {
  /** Resolves when every event seen so far is handled (tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function startMinutesDecisions(props: {
  ctx: ServiceContext;
  live: LiveDocuments;
}): MinutesDecisions {
  const { ctx, live } = props;
  let queue: Promise<void> = Promise.resolve();

  async function process(event: WorkspaceEvent): Promise<void> {
    if (event.action !== 'decision:close' || event.object.type !== 'decision') return;
    const decision = await ctx.store.decisions.findById(event.object.id);
    if (!decision?.meetingId) return;
    const meeting = await ctx.store.meetings.findById(decision.meetingId);
    if (!meeting || meeting.workspaceId !== decision.workspaceId) return;
    if (meeting.minutesDocumentId === null || minutesLocked(meeting.status)) return;
    const agenda = await ctx.store.agendaItems.listByMeeting(meeting.id);
    const item = agenda.find((candidate) => candidate.decisionId === decision.id) ?? null;
    const approvals = await ctx.store.approvals.listBySubject({
      kind: 'decision',
      id: decision.id,
    });
    const lines = await decisionLines(ctx, decision, approvals);
    await live.applyServerChange(
      meeting.minutesDocumentId,
      (doc) => writeDecisionIntoMinutes(doc, item?.id ?? null, lines),
      {
        userId: event.actor.userId ?? meeting.createdBy,
        ...(event.actor.organisationId !== null && {
          organisationId: event.actor.organisationId,
        }),
        action: 'decision:close',
      },
    );
  }

  const unsubscribe = ctx.eventBus.subscribe((event) => {
    // One at a time, in commit order: two decisions closed at once land in that order.
    queue = queue
      .then(() => process(event))
      .catch((error: unknown) =>
        ctx.logger.error('could not write the decision into the minutes', {
          eventId: event.id,
          error,
        }),
      );
  });

  return {
    idle: () => queue,
    async close() {
      unsubscribe();
      await queue;
    },
  };
}
