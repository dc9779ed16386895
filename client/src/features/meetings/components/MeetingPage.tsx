/**
 * One meeting: its facts (time, place, chair, secretary, approvers), the
 * agenda, attendance per organisation and the minutes with their approval.
 * Meeting mode (the live view) is one link away. Live from the event log.
 */
import type { AttendanceEntry, MeetingView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../../styles/meetings.css';
import { useAnnounce } from '../../../components/LiveAnnouncer';
import { FormProblem } from '../../../components/form/FormProblem';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMe } from '../../auth';
import { useMembers } from '../../members';
import { useOrganisations, useWorkspace } from '../../workspaces';
import { meetingCalendarUrl, useMeeting, useMeetingChange } from '../api/meetingsApi';
import { useLiveMeeting } from '../hooks/useLiveMeeting';
import { withEntry } from '../lib/attendance';
import { meetingTimeText } from '../lib/meetingText';
import { AgendaSection } from './AgendaSection';
import { AttendanceTable } from './AttendanceTable';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MinutesPanel } from './MinutesPanel';

export function MeetingPage() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const meeting = useMeeting(meetingId);
  const workspaceId = meeting.data?.meeting.meeting.workspaceId;
  const workspace = useWorkspace(workspaceId);
  const members = useMembers(workspaceId);
  const organisations = useOrganisations(workspaceId);
  useLiveMeeting(
    workspaceId,
    meetingId ?? '',
    meeting.data?.meeting.meeting.minutesDocumentId ?? null,
  );
  useDocumentTitle(meeting.data?.meeting.meeting.title ?? t('meetings.page.pageTitle'));

  const failed = [meeting, workspace, members, organisations].find((q) => blockingError(q));
  if (failed) {
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  }
  if (!me.data || !meeting.data || !workspace.data || !members.data || !organisations.data) {
    return <LoadingState />;
  }
  return (
    <MeetingScreen
      view={meeting.data.meeting}
      workspaceName={workspace.data.workspace.name}
      members={members.data.members}
      organisations={organisations.data.organisations}
      meUserId={me.data.user.id}
    />
  );
}

function MeetingScreen({
  view,
  workspaceName,
  members,
  organisations,
  meUserId,
}: {
  view: MeetingView;
  workspaceName: string;
  members: Parameters<typeof AttendanceTable>[0]['members'];
  organisations: Parameters<typeof AttendanceTable>[0]['organisations'];
  meUserId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const announce = useAnnounce();
  const { meeting } = view;
  const change = useMeetingChange(meeting.id, meeting.bodyId);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const bodyMembers = members.filter((member) => member.bodyIds.includes(meeting.bodyId));
  const nameOf = (userId: string | null) =>
    userId ? (members.find((member) => member.userId === userId)?.user.name ?? null) : null;
  const entries: AttendanceEntry[] = view.attendance.flatMap((group) => group.entries);
  const approverNames = meeting.approverUserIds
    .map((userId) => nameOf(userId))
    .filter((name): name is string => name !== null);

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to={`/workspaces/${meeting.workspaceId}`}>{workspaceName}</Link>
        {' / '}
        <Link to={`/workspaces/${meeting.workspaceId}/bodies/${meeting.bodyId}/meetings`}>
          {t('meetings.page.backToMeetings', { body: view.bodyName })}
        </Link>
      </nav>
      <div className="page__header">
        <div>
          <h1>{meeting.title}</h1>
          <p className="page__meta">
            {view.bodyName} · <span className="tag">{t(`meetings.status.${meeting.status}`)}</span>
          </p>
        </div>
        <div className="button-row">
          <Link className="button" to={`/meetings/${meeting.id}/live`}>
            {t('meetings.page.openMode')}
          </Link>
          {view.abilities.manage && meeting.status === 'planned' ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing(true)}
            >
              {t('meetings.page.edit')}
            </button>
          ) : null}
        </div>
      </div>
      <section className="section" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts" className="visually-hidden">
          {t('meetings.page.facts')}
        </h2>
        <dl className="meeting-facts">
          <dt>{t('meetings.page.time')}</dt>
          <dd>{meetingTimeText(meeting.startsAt, meeting.endsAt, language)}</dd>
          <dt>{t('meetings.page.place')}</dt>
          <dd>{meeting.place ?? t('meetings.page.none')}</dd>
          {meeting.videoLink ? (
            <>
              <dt>{t('meetings.page.video')}</dt>
              <dd>
                <a href={meeting.videoLink} rel="noopener noreferrer" target="_blank">
                  {meeting.videoLink}
                </a>
              </dd>
            </>
          ) : null}
          <dt>{t('meetings.page.chair')}</dt>
          <dd>{view.chairName ?? t('meetings.page.none')}</dd>
          <dt>{t('meetings.page.secretary')}</dt>
          <dd>{view.secretaryName ?? t('meetings.page.none')}</dd>
          <dt>{t('meetings.page.approvers')}</dt>
          <dd>{approverNames.length > 0 ? approverNames.join(', ') : t('meetings.page.none')}</dd>
        </dl>
        <a
          href={meetingCalendarUrl(meeting.id)}
          download
          aria-label={t('meetings.list.calendarMeetingFor', { title: meeting.title })}
        >
          {t('meetings.list.calendarMeeting')}
        </a>
      </section>
      <AgendaSection view={view} />
      <section className="section" aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">{t('meetings.attendance.heading')}</h2>
        <FormProblem message={problem} />
        <AttendanceTable
          members={bodyMembers}
          organisations={organisations}
          entries={entries}
          // Planners, or the secretary who takes attendance at the start and keeps it.
          editable={
            (view.abilities.manage || view.abilities.writeMinutes) &&
            meeting.status !== 'minutes_approved'
          }
          onChange={(row, entry) => {
            setProblem(null);
            change.mutate(
              { kind: 'attendance', body: { entries: withEntry(entries, row, entry) } },
              {
                onSuccess: () => announce(t('meetings.attendance.saved', { name: row.name })),
                onError: () => setProblem(t('meetings.attendance.failed')),
              },
            );
          }}
        />
      </section>
      <MinutesPanel view={view} meUserId={meUserId} />
      <MeetingFormDialog
        open={editing}
        bodyId={meeting.bodyId}
        meeting={meeting}
        members={bodyMembers.length > 0 ? bodyMembers : members}
        organisations={organisations}
        onClose={() => setEditing(false)}
      />
    </div>
  );
}
