/**
 * Calendar feeds of meetings (issue 14), written with ical-generator:
 * times in UTC (DTSTART…Z), a UID per meeting that never changes (its id
 * at the site's host), so a calendar that subscribed updates the event
 * instead of adding a second one; the text is UTF-8 as the library writes it.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { AgendaItem, Meeting } from '@samverka/shared';

export interface CalendarMeeting {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  bodyName: string;
  /** The meeting's page in the app, when the public address is known. */
  link: string | null;
}

const PROD_ID = { company: 'Samverka', product: 'Samverka möten', language: 'SV' };

export const meetingUid = (meetingId: string, host: string) => `meeting-${meetingId}@${host}`;

function description(entry: CalendarMeeting): string {
  const lines = [entry.bodyName];
  if (entry.agenda.length > 0) {
    lines.push('', 'Dagordning:');
    entry.agenda.forEach((item, index) => lines.push(`§ ${index + 1} ${item.title}`));
  }
  if (entry.meeting.videoLink) lines.push('', `Videolänk: ${entry.meeting.videoLink}`);
  return lines.join('\n');
}

/** One VCALENDAR holding the given meetings as VEVENTs. */
export function meetingsCalendar(props: {
  name: string;
  host: string;
  meetings: readonly CalendarMeeting[];
}): string {
  const calendar = ical({ name: props.name, prodId: PROD_ID });
  for (const entry of props.meetings) {
    const { meeting } = entry;
    calendar.createEvent({
      id: meetingUid(meeting.id, props.host),
      start: new Date(meeting.startsAt),
      end: new Date(meeting.endsAt),
      // A stable stamp: the feed changes only when the meeting does.
      stamp: new Date(meeting.updatedAt),
      lastModified: new Date(meeting.updatedAt),
      created: new Date(meeting.createdAt),
      summary: meeting.title,
      location: meeting.place ?? meeting.videoLink ?? null,
      description: description(entry),
      url: entry.link,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
