/**
 * The meeting's status as a pure state machine (issue 14): every command
 * the server accepts, and why it refuses the others. The server applies
 * the result; the client uses `allowedCommands` to show only the buttons
 * that would work.
 *
 *   planned --start--> in_progress --next/goto--> in_progress
 *   in_progress --end--> ended --send_minutes--> minutes_sent
 *   minutes_sent --send_minutes--> minutes_sent (a new version after edits)
 *   minutes_sent --complete_approval--> minutes_approved (all approvers approved)
 *   minutes_approved --unlock--> ended (an admin reopens the minutes)
 */
import type { MeetingStatus } from '../domain/meeting.js';

export const meetingCommands = [
  'start',
  'next',
  'goto',
  'end',
  'send_minutes',
  'complete_approval',
  'unlock',
] as const;
export type MeetingCommand = (typeof meetingCommands)[number];

export interface MeetingMachineState {
  status: MeetingStatus;
  currentAgendaItemId: string | null;
}

/** What a command needs to know beyond the state. */
export interface MeetingCommandInput {
  command: MeetingCommand;
  /** The agenda in order (ids). */
  agendaItemIds: readonly string[];
  /** For goto: the item to open. */
  targetAgendaItemId?: string;
}

export type MeetingRefusal =
  | 'not_planned'
  | 'not_in_progress'
  | 'not_ended'
  | 'not_sent'
  | 'not_approved'
  | 'no_next_item'
  | 'unknown_agenda_item';

export type MeetingTransition =
  { ok: true; state: MeetingMachineState } | { ok: false; refusal: MeetingRefusal };

const refuse = (refusal: MeetingRefusal): MeetingTransition => ({ ok: false, refusal });
const to = (status: MeetingStatus, currentAgendaItemId: string | null): MeetingTransition => ({
  ok: true,
  state: { status, currentAgendaItemId },
});

export function applyMeetingCommand(
  state: MeetingMachineState,
  input: MeetingCommandInput,
): MeetingTransition {
  const { agendaItemIds } = input;
  switch (input.command) {
    case 'start':
      if (state.status !== 'planned') return refuse('not_planned');
      return to('in_progress', agendaItemIds[0] ?? null);
    case 'next': {
      if (state.status !== 'in_progress') return refuse('not_in_progress');
      const index =
        state.currentAgendaItemId === null ? -1 : agendaItemIds.indexOf(state.currentAgendaItemId);
      const next = agendaItemIds[index + 1];
      if (next === undefined) return refuse('no_next_item');
      return to('in_progress', next);
    }
    case 'goto': {
      if (state.status !== 'in_progress') return refuse('not_in_progress');
      const target = input.targetAgendaItemId;
      if (target === undefined || !agendaItemIds.includes(target)) {
        return refuse('unknown_agenda_item');
      }
      return to('in_progress', target);
    }
    case 'end':
      if (state.status !== 'in_progress') return refuse('not_in_progress');
      return to('ended', null);
    case 'send_minutes':
      if (state.status !== 'ended' && state.status !== 'minutes_sent') return refuse('not_ended');
      return to('minutes_sent', null);
    case 'complete_approval':
      if (state.status !== 'minutes_sent') return refuse('not_sent');
      return to('minutes_approved', null);
    case 'unlock':
      if (state.status !== 'minutes_approved') return refuse('not_approved');
      return to('ended', null);
  }
}

/** The commands that would be accepted now (goto counted when any item exists). */
export function allowedMeetingCommands(
  state: MeetingMachineState,
  agendaItemIds: readonly string[],
): MeetingCommand[] {
  return meetingCommands.filter(
    (command) =>
      applyMeetingCommand(state, {
        command,
        agendaItemIds,
        targetAgendaItemId: agendaItemIds[0],
      }).ok,
  );
}

/** Minutes are read-only for everyone once approved (justerat). */
export function minutesLocked(status: MeetingStatus): boolean {
  return status === 'minutes_approved';
}
