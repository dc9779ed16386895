// The next meeting is the earliest planned one not yet over, whichever body holds it.
import type { Meeting } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { nextMeetingOf } from './nextMeeting';

const meeting = (id: string, startsAt: string, endsAt: string, status = 'planned') =>
  ({ id, bodyId: `b-${id}`, title: id, startsAt, endsAt, status }) as Meeting;
const now = Date.parse('2026-11-27T12:00:00Z');

describe('nextMeetingOf', () => {
  it('picks the earliest planned meeting that has not ended, across bodies', () => {
    const meetings = [
      meeting('later', '2026-12-10T09:00:00Z', '2026-12-10T11:00:00Z'),
      meeting('past', '2026-11-01T09:00:00Z', '2026-11-01T11:00:00Z'),
      meeting('soon', '2026-12-01T09:00:00Z', '2026-12-01T11:00:00Z'),
      meeting('started', '2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z', 'in_progress'),
    ];
    expect(nextMeetingOf(meetings, now)?.id).toBe('soon');
  });

  it('has none when nothing is planned ahead', () => {
    expect(
      nextMeetingOf([meeting('past', '2026-11-01T09:00:00Z', '2026-11-01T11:00:00Z')], now),
    ).toBeUndefined();
  });
});
