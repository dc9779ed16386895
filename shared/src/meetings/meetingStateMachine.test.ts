import { describe, expect, it } from 'vitest';
import { meetingStatuses } from '../domain/meeting.js';
import type { MeetingStatus } from '../domain/meeting.js';
import {
  allowedMeetingCommands,
  applyMeetingCommand,
  meetingCommands,
  minutesLocked,
} from './meetingStateMachine.js';
import type { MeetingCommand } from './meetingStateMachine.js';

const agenda = ['a1', 'a2', 'a3'];
const at = (status: MeetingStatus, current: string | null = null) => ({
  status,
  currentAgendaItemId: current,
});

/** Where each command leads from each status; absent = refused. */
const accepted: Record<MeetingCommand, Partial<Record<MeetingStatus, MeetingStatus>>> = {
  start: { planned: 'in_progress' },
  next: { in_progress: 'in_progress' },
  goto: { in_progress: 'in_progress' },
  end: { in_progress: 'ended' },
  send_minutes: { ended: 'minutes_sent', minutes_sent: 'minutes_sent' },
  complete_approval: { minutes_sent: 'minutes_approved' },
  unlock: { minutes_approved: 'ended' },
};

describe('meeting state machine', () => {
  for (const command of meetingCommands) {
    for (const status of meetingStatuses) {
      const expected = accepted[command][status];
      it(`${command} from ${status} ${expected ? `→ ${expected}` : 'is refused'}`, () => {
        const result = applyMeetingCommand(at(status, status === 'in_progress' ? 'a1' : null), {
          command,
          agendaItemIds: agenda,
          targetAgendaItemId: 'a3',
        });
        expect(result.ok).toBe(expected !== undefined);
        if (result.ok) expect(result.state.status).toBe(expected);
      });
    }
  }

  it('start opens the first agenda item, or none on an empty agenda', () => {
    const started = applyMeetingCommand(at('planned'), { command: 'start', agendaItemIds: agenda });
    expect(started).toEqual({ ok: true, state: at('in_progress', 'a1') });
    const empty = applyMeetingCommand(at('planned'), { command: 'start', agendaItemIds: [] });
    expect(empty).toEqual({ ok: true, state: at('in_progress', null) });
  });

  it('next walks the agenda in order and refuses past the last item', () => {
    let state = at('in_progress', 'a1');
    for (const expected of ['a2', 'a3']) {
      const result = applyMeetingCommand(state, { command: 'next', agendaItemIds: agenda });
      if (!result.ok) throw new Error(result.refusal);
      expect(result.state.currentAgendaItemId).toBe(expected);
      state = result.state;
    }
    expect(applyMeetingCommand(state, { command: 'next', agendaItemIds: agenda })).toEqual({
      ok: false,
      refusal: 'no_next_item',
    });
  });

  it('next from no current item opens the first', () => {
    const result = applyMeetingCommand(at('in_progress'), {
      command: 'next',
      agendaItemIds: agenda,
    });
    expect(result).toEqual({ ok: true, state: at('in_progress', 'a1') });
  });

  it('goto refuses an item not on the agenda or none at all', () => {
    const state = at('in_progress', 'a1');
    for (const targetAgendaItemId of ['nope', undefined]) {
      expect(
        applyMeetingCommand(state, { command: 'goto', agendaItemIds: agenda, targetAgendaItemId }),
      ).toEqual({ ok: false, refusal: 'unknown_agenda_item' });
    }
    expect(
      applyMeetingCommand(state, {
        command: 'goto',
        agendaItemIds: agenda,
        targetAgendaItemId: 'a3',
      }),
    ).toEqual({ ok: true, state: at('in_progress', 'a3') });
  });

  it('ending clears the current item', () => {
    expect(
      applyMeetingCommand(at('in_progress', 'a2'), { command: 'end', agendaItemIds: agenda }),
    ).toEqual({ ok: true, state: at('ended', null) });
  });

  it('names why a command is refused', () => {
    expect(applyMeetingCommand(at('ended'), { command: 'start', agendaItemIds: [] })).toEqual({
      ok: false,
      refusal: 'not_planned',
    });
    expect(
      applyMeetingCommand(at('planned'), { command: 'send_minutes', agendaItemIds: [] }),
    ).toEqual({ ok: false, refusal: 'not_ended' });
    expect(applyMeetingCommand(at('ended'), { command: 'unlock', agendaItemIds: [] })).toEqual({
      ok: false,
      refusal: 'not_approved',
    });
  });

  it('lists the allowed commands per status and locks only approved minutes', () => {
    expect(allowedMeetingCommands(at('planned'), agenda)).toEqual(['start']);
    expect(allowedMeetingCommands(at('in_progress', 'a3'), agenda)).toEqual(['goto', 'end']);
    expect(allowedMeetingCommands(at('minutes_sent'), agenda)).toEqual([
      'send_minutes',
      'complete_approval',
    ]);
    expect(meetingStatuses.filter(minutesLocked)).toEqual(['minutes_approved']);
  });
});
