// Which planned meeting the workspace home shows as the next one.
import type { Meeting } from '@samverka/shared';

/** The planned meeting that starts first among those not yet over. */
export function nextMeetingOf(meetings: readonly Meeting[], now: number): Meeting | undefined {
  return meetings
    .filter((m) => m.status === 'planned' && Date.parse(m.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
}
