/**
 * The meetings of one body (opened from its card on the workspace home):
 * planned and past meetings, a calendar file per meeting and a feed for the
 * body, and a new meeting for those who manage meetings.
 */
import type { MeetingListItem } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../../styles/meetings.css';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { compareIso, uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMembers } from '../../members';
import { useBodies, useOrganisations, useWorkspace } from '../../workspaces';
import { bodyCalendarUrl, meetingCalendarUrl, useBodyMeetings } from '../api/meetingsApi';
import { meetingTimeText } from '../lib/meetingText';
import { MeetingFormDialog } from './MeetingFormDialog';

function MeetingList({ meetings, empty }: { meetings: MeetingListItem[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map(({ meeting }) => (
        <li key={meeting.id} className="meeting-list__item">
          <h3>
            <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
          </h3>
          <p className="card__meta">
            {meetingTimeText(meeting.startsAt, meeting.endsAt, language)}
            {meeting.place ? ` · ${meeting.place}` : null} ·{' '}
            <span className="tag">{t(`meetings.status.${meeting.status}`)}</span>
          </p>
          <a
            href={meetingCalendarUrl(meeting.id)}
            download
            aria-label={t('meetings.list.calendarMeetingFor', { title: meeting.title })}
          >
            {t('meetings.list.calendarMeeting')}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function BodyMeetingsPage() {
  const { workspaceId, bodyId } = useParams();
  const { t } = useTranslation();
  const workspace = useWorkspace(workspaceId);
  const bodies = useBodies(workspaceId);
  const members = useMembers(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const meetings = useBodyMeetings(bodyId);
  const [creating, setCreating] = useState(false);
  // When the page opened: what counts as past does not shift while someone reads the list.
  const [now] = useState(() => Date.now());
  const body = bodies.data?.bodies.find((candidate) => candidate.id === bodyId);
  useDocumentTitle(t('meetings.list.pageTitle', { body: body?.name ?? '' }));

  const failed = [workspace, bodies, members, organisations, meetings].find((q) =>
    blockingError(q),
  );
  if (failed) {
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  }
  if (
    !workspaceId ||
    !bodyId ||
    !workspace.data ||
    !body ||
    !members.data ||
    !organisations.data ||
    !meetings.data
  ) {
    return <LoadingState />;
  }
  const all = meetings.data.meetings;
  // Planned: not yet ended (in progress counts as planned: it is on now).
  const isPast = (item: MeetingListItem) =>
    item.meeting.status !== 'planned' && item.meeting.status !== 'in_progress'
      ? true
      : item.meeting.status === 'planned' && Date.parse(item.meeting.endsAt) < now;
  const planned = all
    .filter((item) => !isPast(item))
    .sort((a, b) => compareIso(a.meeting.startsAt, b.meeting.startsAt));
  const past = all
    .filter(isPast)
    .sort((a, b) => compareIso(b.meeting.startsAt, a.meeting.startsAt));
  const canManage = workspace.data.abilities.includes('meeting:manage');
  const bodyMembers = members.data.members.filter((member) => member.bodyIds.includes(bodyId));

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to={`/workspaces/${workspaceId}`}>{workspace.data.workspace.name}</Link>
      </nav>
      <div className="page__header">
        <div>
          <h1>
            {t('meetings.list.heading')} – {body.name}
          </h1>
          <p className="page__lead">{t('meetings.list.lead', { body: body.name })}</p>
        </div>
        <div className="button-row">
          {canManage ? (
            <button type="button" className="button" onClick={() => setCreating(true)}>
              {t('meetings.list.create')}
            </button>
          ) : null}
          <a className="button button--secondary" href={bodyCalendarUrl(bodyId)} download>
            {t('meetings.list.calendarBody')}
          </a>
        </div>
      </div>
      <section className="section" aria-labelledby="meetings-planned">
        <h2 id="meetings-planned">{t('meetings.list.planned')}</h2>
        <MeetingList meetings={planned} empty={t('meetings.list.noPlanned')} />
      </section>
      <section className="section" aria-labelledby="meetings-past">
        <h2 id="meetings-past">{t('meetings.list.past')}</h2>
        <MeetingList meetings={past} empty={t('meetings.list.noPast')} />
      </section>
      <MeetingFormDialog
        open={creating}
        bodyId={bodyId}
        meeting={null}
        members={bodyMembers.length > 0 ? bodyMembers : members.data.members}
        organisations={organisations.data.organisations}
        onClose={() => setCreating(false)}
      />
    </div>
  );
}
