// How a meeting's time reads in a list or a heading: "27 nov. 2026 13:00 – 15:00".
export function meetingTimeText(startsAt: string, endsAt: string, language: 'sv' | 'en'): string {
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(end)
    : day.format(end);
  return `${day.format(start)} – ${endText}`;
}
