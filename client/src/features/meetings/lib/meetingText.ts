import { dateTimeText, timeText } from '../../../lib/format';

// How a meeting's time reads in a list or a heading: "27 nov. 2026 13:00 – 15:00".
export function meetingTimeText(startsAt: string, endsAt: string, language: 'sv' | 'en'): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay ? timeText(end) : dateTimeText(end, language);
  return `${dateTimeText(start, language)} – ${endText}`;
}
