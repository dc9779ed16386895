import { describe, expect, it } from 'vitest';

import { checkMeetingForm, initialValues, toRequest } from './meetingForm';

describe('the meeting form', () => {
  const base = {
    ...initialValues(null, new Date('2026-11-27T10:00:00Z')),
    title: 'Styrgruppsmöte',
  };

  it('starts a week ahead with a two-hour slot that passes the checks', () => {
    expect(checkMeetingForm(base)).toBeNull();
    expect(Date.parse(base.end) - Date.parse(base.start)).toBe(2 * 3600_000);
  });

  it('refuses a missing title, an end before the start and a link that is not http(s)', () => {
    expect(checkMeetingForm({ ...base, title: '  ' })).toBe('title');
    expect(checkMeetingForm({ ...base, end: base.start })).toBe('order');
    expect(checkMeetingForm({ ...base, start: '' })).toBe('time');
    expect(checkMeetingForm({ ...base, videoLink: 'teams:meeting' })).toBe('link');
    expect(checkMeetingForm({ ...base, videoLink: 'https://meet.example.se/abc' })).toBeNull();
  });

  it('sends empty optional fields as null and times as instants', () => {
    const request = toRequest({ ...base, place: ' ', chairUserId: '' });
    expect(request.place).toBeNull();
    expect(request.chairUserId).toBeNull();
    expect(new Date(request.startsAt).getTime()).toBe(new Date(base.start).getTime());
  });
});
