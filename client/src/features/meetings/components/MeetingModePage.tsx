/**
 * Meeting mode: the live view everyone in the meeting has open. It shows the
 * current agenda item, a link into the live editor at its document section,
 * and its decision with each organisation's position as recorded. The chair
 * starts the meeting, moves through the items and ends it; every screen
 * follows (socket.io from the event log) unless its member switches
 * "Följ ordföranden" off to look at another item. Moves are announced in
 * the polite live region.
 */
import type { AgendaItem, MeetingView, Organisation } from '@samverka/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../../styles/meetings.css';
import { useAnnounce } from '../../../components/LiveAnnouncer';
import { FormProblem } from '../../../components/form/FormProblem';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useOrganisations } from '../../workspaces';
import { useMeeting, useMeetingChange } from '../api/meetingsApi';
import { useLiveMeeting } from '../hooks/useLiveMeeting';
import { AgendaDetails, documentLink } from './AgendaSection';
import { ChairControls } from './ChairControls';
import { DecisionPositions } from './DecisionPositions';

export function MeetingModePage() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  const workspaceId = meeting.data?.meeting.meeting.workspaceId;
  const organisations = useOrganisations(workspaceId);
  useLiveMeeting(
    workspaceId,
    meetingId ?? '',
    meeting.data?.meeting.meeting.minutesDocumentId ?? null,
  );
  useDocumentTitle(
    t('meetings.mode.pageTitle', { title: meeting.data?.meeting.meeting.title ?? '' }),
  );
  const failed = [meeting, organisations].find((q) => blockingError(q));
  if (failed) {
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  }
  if (!meeting.data || !organisations.data) return <LoadingState />;
  return (
    <MeetingMode view={meeting.data.meeting} organisations={organisations.data.organisations} />
  );
}

function CurrentItem({
  item,
  number,
  count,
  organisations,
}: {
  item: AgendaItem;
  number: number;
  count: number;
  organisations: readonly Organisation[];
}) {
  const { t } = useTranslation();
  const link = documentLink(item);
  return (
    <section
      className="meeting-mode__current"
      aria-labelledby="current-item-heading"
      data-testid="current-item"
      data-item-id={item.id}
    >
      <p className="page__meta">{t('meetings.mode.itemOf', { number, count })}</p>
      <h2 id="current-item-heading">
        {number}. {item.title}
      </h2>
      <AgendaDetails item={item} />
      {item.notes ? (
        <>
          <h3>{t('meetings.mode.notes')}</h3>
          <p className="prewrap">{item.notes}</p>
        </>
      ) : null}
      {link ? (
        <p>
          <Link className="button button--secondary" to={link}>
            {item.sectionId ? t('meetings.mode.openSection') : t('meetings.mode.openDocument')}
          </Link>
        </p>
      ) : null}
      {item.decisionId ? (
        <DecisionPositions decisionId={item.decisionId} organisations={organisations} />
      ) : null}
    </section>
  );
}

function MeetingMode({
  view,
  organisations,
}: {
  view: MeetingView;
  organisations: readonly Organisation[];
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const followId = useId();
  const { meeting, abilities } = view;
  const agenda = [...view.agenda].sort((a, b) => a.order - b.order);
  const change = useMeetingChange(meeting.id, meeting.bodyId);
  const [follow, setFollow] = useState(true);
  const [viewedId, setViewedId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const currentId = meeting.currentAgendaItemId;
  const shownId = follow ? currentId : (viewedId ?? currentId);
  const shownIndex = agenda.findIndex((item) => item.id === shownId);
  const shown = agenda[shownIndex];
  const currentIndex = agenda.findIndex((item) => item.id === currentId);
  const current = agenda[currentIndex];

  // Announce the chair's move once per change (not on first render).
  const announced = useRef(currentId);
  useEffect(() => {
    if (announced.current === currentId) return;
    announced.current = currentId;
    if (current) {
      announce(t('meetings.mode.movedTo', { number: currentIndex + 1, title: current.title }));
    }
  }, [currentId, current, currentIndex, announce, t]);

  const onError = () => setProblem(t('meetings.mode.failed'));
  const started = meeting.status !== 'planned';
  const ended = started && meeting.status !== 'in_progress';

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <div className="page__header">
        <div>
          <h1>
            {t('meetings.mode.heading')}: {meeting.title}
          </h1>
          <p className="page__meta">
            {view.bodyName} · <span className="tag">{t(`meetings.status.${meeting.status}`)}</span>
          </p>
        </div>
        {meeting.minutesDocumentId ? (
          <Link className="button button--secondary" to={`/documents/${meeting.minutesDocumentId}`}>
            {t('meetings.minutes.open')}
          </Link>
        ) : null}
      </div>
      <FormProblem message={problem} />
      {abilities.chair ? (
        <ChairControls
          items={agenda}
          currentItemId={currentId}
          started={started}
          ended={ended}
          pending={change.isPending}
          onStart={() => {
            setProblem(null);
            change.mutate({ kind: 'start' }, { onError });
          }}
          onGoTo={(agendaItemId) => {
            setProblem(null);
            change.mutate({ kind: 'goto', agendaItemId }, { onError });
          }}
          onEnd={() => {
            setProblem(null);
            change.mutate({ kind: 'end' }, { onError });
          }}
        />
      ) : null}
      {!started ? <p className="notice">{t('meetings.mode.notStarted')}</p> : null}
      {ended ? <p className="notice">{t('meetings.mode.ended')}</p> : null}
      <div className="follow-toggle">
        <input
          id={followId}
          type="checkbox"
          checked={follow}
          aria-describedby={`${followId}-hint`}
          onChange={(event) => {
            setFollow(event.target.checked);
            if (!event.target.checked) setViewedId(currentId);
          }}
        />
        <label htmlFor={followId}>{t('meetings.mode.follow')}</label>
        <span className="field__hint" id={`${followId}-hint`}>
          {t('meetings.mode.followHint')}
        </span>
      </div>
      {!follow && current && shownId !== currentId ? (
        <p className="notice notice--warning" role="status">
          {t('meetings.mode.followingOff', { number: currentIndex + 1, title: current.title })}
        </p>
      ) : null}
      <div className="meeting-mode">
        <nav className="meeting-mode__agenda" aria-label={t('meetings.mode.agendaNav')}>
          <ol className="agenda">
            {agenda.map((item, index) => (
              <li
                key={item.id}
                className={`agenda__item${item.id === currentId ? ' agenda__item--current' : ''}`}
              >
                <button
                  type="button"
                  className="button button--secondary"
                  aria-current={item.id === shownId ? 'true' : undefined}
                  onClick={() => {
                    // Looking at another item than the chair's is not following the chair.
                    setViewedId(item.id);
                    if (item.id !== currentId) setFollow(false);
                  }}
                >
                  {index + 1}. {item.title}
                  {item.id === currentId ? (
                    <span className="tag">{t('meetings.mode.current')}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        {shown ? (
          <CurrentItem
            key={shown.id}
            item={shown}
            number={shownIndex + 1}
            count={agenda.length}
            organisations={organisations}
          />
        ) : (
          <p className="muted">{t('meetings.mode.noItem')}</p>
        )}
      </div>
    </div>
  );
}
