/**
 * The minutes of a meeting and their approval (justering): a link to the
 * minutes document, the secretary's "Skicka för justering" (saves a version
 * and asks each approver), each approver's "Justera" bound to the exact
 * version sent (its content hash), the state per approver (including an
 * approval voided by a later edit), the locked state, an admin's "Lås upp"
 * and the PDF of the minutes.
 */
import type { MeetingView } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextAreaField } from '../../../components/form/fields';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { minutesPdfUrl, useMeetingChange } from '../api/meetingsApi';

export function MinutesPanel({ view, meUserId }: { view: MeetingView; meUserId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const headingId = useId();
  const { meeting, minutes, abilities } = view;
  const change = useMeetingChange(meeting.id, meeting.bodyId);
  const [confirmSend, setConfirmSend] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mine = minutes.approvers.find((approver) => approver.userId === meUserId);
  const onError = () => setProblem(t('meetings.minutes.failed'));

  return (
    <section className="section" aria-labelledby={headingId} data-testid="minutes">
      <h2 id={headingId}>{t('meetings.minutes.heading')}</h2>
      <FormProblem message={problem} />
      {minutes.documentId === null ? (
        <p className="muted">{t('meetings.minutes.none')}</p>
      ) : (
        <>
          {minutes.locked ? (
            <p className="notice notice--success" role="status">
              {t('meetings.minutes.locked')}
            </p>
          ) : null}
          {minutes.editedSinceSent && meeting.status === 'minutes_sent' ? (
            <p className="notice notice--warning">{t('meetings.minutes.editedSinceSent')}</p>
          ) : null}
          {mine && !mine.approved && mine.approvedEarlierVersion ? (
            <p className="notice notice--warning" role="status">
              {t('meetings.minutes.yourVoided')}
            </p>
          ) : null}
          <div className="button-row">
            <Link className="button button--secondary" to={`/documents/${minutes.documentId}`}>
              {t('meetings.minutes.open')}
            </Link>
            <a
              className="button button--secondary"
              href={`${minutesPdfUrl(minutes.documentId)}${minutes.locked && minutes.versionId ? `&version=${encodeURIComponent(minutes.versionId)}` : ''}`}
              download
              aria-describedby={`${headingId}-pdf`}
            >
              {t('meetings.minutes.download')}
            </a>
            {abilities.writeMinutes && abilities.commands.includes('send_minutes') ? (
              <button type="button" className="button" onClick={() => setConfirmSend(true)}>
                {t('meetings.minutes.send')}
              </button>
            ) : null}
            {abilities.approveMinutes &&
            meeting.status === 'minutes_sent' &&
            minutes.sentContentHash &&
            !mine?.approved ? (
              <button
                type="button"
                className="button"
                disabled={change.isPending}
                aria-describedby={`${headingId}-approve`}
                onClick={() => {
                  setProblem(null);
                  const contentHash = minutes.sentContentHash;
                  if (contentHash)
                    change.mutate({ kind: 'approveMinutes', contentHash }, { onError });
                }}
              >
                {change.isPending ? t('meetings.minutes.approving') : t('meetings.minutes.approve')}
              </button>
            ) : null}
            {abilities.unlock && minutes.locked ? (
              <button
                type="button"
                className="button button--danger"
                onClick={() => setUnlocking(true)}
              >
                {t('meetings.minutes.unlock')}
              </button>
            ) : null}
          </div>
          <p className="field__hint" id={`${headingId}-pdf`}>
            {t('meetings.minutes.pdfHint')}
          </p>
          {abilities.approveMinutes && meeting.status === 'minutes_sent' ? (
            <p className="field__hint" id={`${headingId}-approve`}>
              {t('meetings.minutes.approveHint')}
            </p>
          ) : null}
          <h3>{t('meetings.minutes.approvers')}</h3>
          {meeting.minutesSentAt === null ? (
            <p className="muted">{t('meetings.minutes.notSent')}</p>
          ) : null}
          <ul className="minutes-approvers" data-testid="minutes-approvers">
            {minutes.approvers.map((approver) => (
              <li key={approver.userId}>
                <strong>{approver.name}</strong>
                {approver.organisationName ? `, ${approver.organisationName}` : null}:{' '}
                {approver.approved && approver.approvedAt ? (
                  <span className="tag tag--success">
                    {t('meetings.minutes.approverState.approved', {
                      date: formatDateTime(approver.approvedAt, language),
                    })}
                  </span>
                ) : approver.approvedEarlierVersion ? (
                  <span className="tag tag--warning">
                    {t('meetings.minutes.approverState.voided')}
                  </span>
                ) : (
                  <span className="tag">{t('meetings.minutes.approverState.pending')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={confirmSend}
        title={t('meetings.minutes.send')}
        message={t('meetings.minutes.confirmSend')}
        confirmLabel={t('meetings.minutes.send')}
        danger={false}
        pending={change.isPending}
        onConfirm={() => {
          setProblem(null);
          change.mutate(
            { kind: 'sendMinutes' },
            {
              onSuccess: () => setConfirmSend(false),
              onError: () => {
                setConfirmSend(false);
                onError();
              },
            },
          );
        }}
        onClose={() => setConfirmSend(false)}
      />
      <UnlockDialog
        open={unlocking}
        pending={change.isPending}
        onUnlock={(reason, failed) =>
          change.mutate(
            { kind: 'unlock', reason },
            { onSuccess: () => setUnlocking(false), onError: failed },
          )
        }
        onClose={() => setUnlocking(false)}
      />
    </section>
  );
}

function UnlockDialog({
  open,
  pending,
  onUnlock,
  onClose,
}: {
  open: boolean;
  pending: boolean;
  onUnlock: (reason: string, failed: () => void) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setProblem(t('meetings.minutes.unlockReason'));
    onUnlock(reason.trim(), () => setProblem(t('meetings.minutes.failed')));
  };
  return (
    <Dialog open={open} title={t('meetings.minutes.unlock')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('meetings.minutes.confirmUnlock')}</p>
        <FormProblem message={problem} />
        <TextAreaField
          label={t('meetings.minutes.unlockReason')}
          value={reason}
          required
          rows={3}
          maxLength={2000}
          onChange={setReason}
        />
        <FormActions
          submitLabel={t('meetings.minutes.unlock')}
          pending={pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
