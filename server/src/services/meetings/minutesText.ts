/**
 * The Swedish lines the server writes into minutes: meeting data,
 * attendance per organisation (an organisation without anyone present is
 * "ej representerad"), approvers, and a closed decision with every
 * organisation's position. Times are Swedish local time, as a municipal
 * secretary writes them.
 */
import {
  approvalVerdicts,
  attendanceStatusLabels,
  latestApprovals,
  representingStatuses,
} from '@samverka/shared';
import type {
  AgendaItem,
  Approval,
  ApprovalVerdict,
  AttendanceEntry,
  Decision,
  Meeting,
} from '@samverka/shared';
import type { ServiceContext } from '../context.js';
import type { MinutesPrefill } from './minutesContent.js';

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'long',
  timeStyle: 'short',
});
const stockholmTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  timeStyle: 'short',
});

export const verdictLabelsSv: Record<ApprovalVerdict, string> = {
  approve: 'godkänner',
  approve_with_reservation: 'godkänner med reservation',
  reject: 'avslår',
  abstain: 'avstår',
  pending_anchoring: 'inväntar intern förankring',
};
// Every verdict has a label (checked by the compiler through the Record above).
void approvalVerdicts;

const outcomeSv: Record<string, string> = {
  decided: 'Beslutat',
  rejected: 'Avslaget',
  withdrawn: 'Återtaget',
};

async function userName(ctx: ServiceContext, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  return (await ctx.store.users.findById(userId))?.name ?? null;
}

function entryText(entry: AttendanceEntry): string {
  const label = attendanceStatusLabels[entry.status].sv.toLowerCase();
  const who =
    entry.status === 'substitute' && entry.substituteName
      ? `${entry.substituteName} (ersättare för ${entry.name})`
      : `${entry.name} (${label})`;
  return entry.note ? `${who}, ${entry.note}` : who;
}

/** One line per organisation of the workspace, in the workspace's order. */
export async function attendanceLines(
  ctx: ServiceContext,
  workspaceId: string,
  entries: readonly AttendanceEntry[],
): Promise<string[]> {
  const organisations = await ctx.store.organisations.listByWorkspace(workspaceId);
  return organisations.map((organisation) => {
    const own = entries.filter((entry) => entry.organisationId === organisation.id);
    const represented = own.some((entry) => representingStatuses.includes(entry.status));
    const people = own.map(entryText).join('; ');
    if (!represented) {
      return people === ''
        ? `${organisation.name}: ej representerad`
        : `${organisation.name}: ej representerad (${people})`;
    }
    return `${organisation.name}: ${people}`;
  });
}

export async function minutesPrefill(
  ctx: ServiceContext,
  meeting: Meeting,
  agenda: readonly AgendaItem[],
  entries: readonly AttendanceEntry[],
): Promise<MinutesPrefill> {
  const chair = await userName(ctx, meeting.chairUserId);
  const secretary = await userName(ctx, meeting.secretaryUserId);
  const approvers = (
    await Promise.all(meeting.approverUserIds.map((id) => userName(ctx, id)))
  ).filter((name): name is string => name !== null);
  const when = `${stockholm.format(new Date(meeting.startsAt))}–${stockholmTime.format(new Date(meeting.endsAt))}`;
  const meetingLines = [
    `Möte: ${meeting.title}`,
    `Tid: ${when}`,
    ...(meeting.place ? [`Plats: ${meeting.place}`] : []),
    ...(meeting.videoLink ? [`Videolänk: ${meeting.videoLink}`] : []),
    `Ordförande: ${chair ?? 'ej utsedd'}`,
    `Sekreterare: ${secretary ?? 'ej utsedd'}`,
  ];
  return {
    meetingLines,
    attendanceLines: await attendanceLines(ctx, meeting.workspaceId, entries),
    agendaItems: agenda.map((item, index) => ({
      id: item.id,
      heading: `§ ${index + 1} ${item.title}`,
    })),
    approvalLines: [`Justerare: ${approvers.length > 0 ? approvers.join(', ') : 'ej utsedda'}`],
  };
}

/** A closed decision as the minutes write it: outcome, statement, each organisation's position. */
export async function decisionLines(
  ctx: ServiceContext,
  decision: Decision,
  approvals: readonly Approval[],
): Promise<string[]> {
  const organisations = await ctx.store.organisations.listByWorkspace(decision.workspaceId);
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  const latest = new Map(
    latestApprovals(approvals).flatMap((approval) =>
      approval.approver.kind === 'organisation'
        ? [[approval.approver.organisationId, approval] as const]
        : [],
    ),
  );
  const positions = decision.requiredOrganisationIds.map((organisationId) => {
    const approval = latest.get(organisationId);
    const name = nameOf.get(organisationId) ?? 'Okänd organisation';
    if (!approval) return `${name}: ingen ställning redovisad`;
    const reason = approval.reason ? ` (${approval.reason})` : '';
    const stated = approval.onBehalf ? `, enligt ${approval.onBehalf.statedBy}` : '';
    return `${name}: ${verdictLabelsSv[approval.verdict]}${reason}${stated}`;
  });
  return [
    `Beslut: ${decision.title}. ${outcomeSv[decision.status] ?? decision.status}.`,
    ...(decision.outcomeStatement ? [decision.outcomeStatement] : []),
    'Parternas ställningstaganden:',
    ...positions,
  ];
}
