// The meeting form's values, its checks and the request it becomes (create and edit share them).
import type { CreateMeetingRequest, Meeting } from '@samverka/shared';

export interface MeetingFormValues {
  title: string;
  /** `YYYY-MM-DDTHH:mm` in local time, as <input type="datetime-local"> gives it. */
  start: string;
  end: string;
  place: string;
  videoLink: string;
  chairUserId: string;
  secretaryUserId: string;
  approverUserIds: string[];
}

export type MeetingFormProblem = 'title' | 'time' | 'order' | 'link';

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as the local `datetime-local` value. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function initialValues(meeting: Meeting | null, now: Date): MeetingFormValues {
  if (meeting) {
    return {
      title: meeting.title,
      start: toLocalInput(meeting.startsAt),
      end: toLocalInput(meeting.endsAt),
      place: meeting.place ?? '',
      videoLink: meeting.videoLink ?? '',
      chairUserId: meeting.chairUserId ?? '',
      secretaryUserId: meeting.secretaryUserId ?? '',
      approverUserIds: [...meeting.approverUserIds],
    };
  }
  // A week from now at 13:00, two hours: a typical steering group slot to adjust.
  const start = new Date(now);
  start.setDate(start.getDate() + 7);
  start.setHours(13, 0, 0, 0);
  const end = new Date(start);
  end.setHours(15);
  return {
    title: '',
    start: toLocalInput(start.toISOString()),
    end: toLocalInput(end.toISOString()),
    place: '',
    videoLink: '',
    chairUserId: '',
    secretaryUserId: '',
    approverUserIds: [],
  };
}

export function checkMeetingForm(values: MeetingFormValues): MeetingFormProblem | null {
  if (values.title.trim() === '') return 'title';
  const start = Date.parse(values.start);
  const end = Date.parse(values.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return 'time';
  if (end <= start) return 'order';
  const link = values.videoLink.trim();
  if (link !== '' && !/^https?:\/\/\S+$/i.test(link)) return 'link';
  return null;
}

export function toRequest(values: MeetingFormValues) {
  return {
    title: values.title.trim(),
    startsAt: new Date(values.start).toISOString(),
    endsAt: new Date(values.end).toISOString(),
    place: values.place.trim() === '' ? null : values.place.trim(),
    videoLink: values.videoLink.trim() === '' ? null : values.videoLink.trim(),
    chairUserId: values.chairUserId === '' ? null : values.chairUserId,
    secretaryUserId: values.secretaryUserId === '' ? null : values.secretaryUserId,
    approverUserIds: values.approverUserIds,
  } satisfies CreateMeetingRequest;
}
