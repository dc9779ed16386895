// Workspace home: the next planned meeting of any of the workspace's bodies, with a link to it.
// One small query per body (planned meetings only), shared with the body's meeting list cache prefix
// so a change there refreshes this too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import { usePlannedMeetings } from '../api/plannedMeetings';
import { nextMeetingOf } from '../lib/nextMeeting';

interface BodyRef {
  id: string;
  name: string;
}

export function NextMeeting({ bodies }: { bodies: readonly BodyRef[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const planned = usePlannedMeetings(bodies.map((b) => b.id));
  // The moment the home was opened: "next" need not move while the page is open.
  const [openedAt] = useState(() => Date.now());
  if (bodies.length === 0) return null;
  const next = planned.loaded ? nextMeetingOf(planned.meetings, openedAt) : undefined;
  const body = next ? bodies.find((b) => b.id === next.bodyId) : undefined;
  return (
    <section className="section next-meeting" aria-labelledby="next-meeting-heading">
      <div className="section__header">
        <h2 id="next-meeting-heading">{t('meetings.next.heading')}</h2>
      </div>
      {!planned.loaded ? null : next && body ? (
        <p>
          <Link to={`/meetings/${next.id}`}>{next.title}</Link>
          <br />
          <span className="muted">
            {t('meetings.next.details', {
              when: formatDateTime(next.startsAt, language),
              body: body.name,
            })}
          </span>
        </p>
      ) : (
        <p className="muted">{t('meetings.next.none')}</p>
      )}
    </section>
  );
}
