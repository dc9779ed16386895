/**
 * Create or edit a meeting: title, start and end, place and/or video link,
 * chair, secretary and the approvers of the minutes (justerare). Choosing
 * approvers from the same organisation is allowed but warned about: a
 * municipal secretary usually picks them from different parties.
 */
import type { Meeting, MemberView, Organisation } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { useCreateMeeting, useMeetingChange } from '../api/meetingsApi';
import { sharedApproverOrganisation } from '../lib/approvers';
import { checkMeetingForm, initialValues, toRequest } from '../lib/meetingForm';
import type { MeetingFormValues } from '../lib/meetingForm';

interface Props {
  open: boolean;
  bodyId: string;
  meeting: Meeting | null;
  members: readonly MemberView[];
  organisations: readonly Organisation[];
  onClose: () => void;
}

export function MeetingFormDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      title={props.meeting ? t('meetings.form.editTitle') : t('meetings.form.createTitle')}
      onClose={props.onClose}
    >
      {props.open ? <MeetingForm {...props} /> : null}
    </Dialog>
  );
}

function PersonSelect({
  label,
  value,
  members,
  onChange,
}: {
  label: string;
  value: string;
  members: readonly MemberView[];
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('meetings.form.nobody')}</option>
        {members.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.user.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function MeetingForm({ bodyId, meeting, members, organisations, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting(bodyId);
  const change = useMeetingChange(meeting?.id ?? '', bodyId);
  const [values, setValues] = useState<MeetingFormValues>(() => initialValues(meeting, new Date()));
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  const warningId = useId();
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const sameOrganisation = sharedApproverOrganisation(
    values.approverUserIds,
    members,
    organisations,
  );
  const organisationName = (member: MemberView) =>
    organisations.find((organisation) => organisation.id === member.organisationId)?.name ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkMeetingForm(values);
    if (found) return setProblem(t(`meetings.form.errors.${found}`));
    setProblem(null);
    const onError = () => setProblem(t('meetings.form.errors.failed'));
    if (meeting) {
      change.mutate({ kind: 'update', body: toRequest(values) }, { onSuccess: onClose, onError });
    } else {
      create.mutate(toRequest(values), {
        onSuccess: (answer) => {
          onClose();
          void navigate(`/meetings/${answer.meeting.meeting.id}`);
        },
        onError,
      });
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField
        label={t('meetings.form.title')}
        value={values.title}
        required
        maxLength={300}
        onChange={(value) => set('title', value)}
      />
      <TextField
        label={t('meetings.form.start')}
        type="datetime-local"
        value={values.start}
        required
        onChange={(value) => set('start', value)}
      />
      <TextField
        label={t('meetings.form.end')}
        type="datetime-local"
        value={values.end}
        required
        onChange={(value) => set('end', value)}
      />
      <TextField
        label={t('meetings.form.place')}
        value={values.place}
        maxLength={300}
        hint={t('meetings.form.videoLinkHint')}
        onChange={(value) => set('place', value)}
      />
      <TextField
        label={t('meetings.form.videoLink')}
        type="url"
        value={values.videoLink}
        maxLength={2000}
        onChange={(value) => set('videoLink', value)}
      />
      <PersonSelect
        label={t('meetings.form.chair')}
        value={values.chairUserId}
        members={members}
        onChange={(value) => set('chairUserId', value)}
      />
      <PersonSelect
        label={t('meetings.form.secretary')}
        value={values.secretaryUserId}
        members={members}
        onChange={(value) => set('secretaryUserId', value)}
      />
      <fieldset
        className="field"
        aria-describedby={[hintId, sameOrganisation ? warningId : null].filter(Boolean).join(' ')}
      >
        <legend>{t('meetings.form.approvers')}</legend>
        <p className="field__hint" id={hintId}>
          {t('meetings.form.approversHint')}
        </p>
        {members.map((member) => (
          <label key={member.userId} className="checkbox">
            <input
              type="checkbox"
              checked={values.approverUserIds.includes(member.userId)}
              onChange={(event) =>
                set(
                  'approverUserIds',
                  event.target.checked
                    ? [...values.approverUserIds, member.userId]
                    : values.approverUserIds.filter((id) => id !== member.userId),
                )
              }
            />{' '}
            {member.user.name} <span className="muted">– {organisationName(member)}</span>
          </label>
        ))}
        {sameOrganisation ? (
          <p className="notice notice--warning" id={warningId} role="status">
            {t('meetings.form.sameOrganisation', { organisation: sameOrganisation.name })}
          </p>
        ) : null}
      </fieldset>
      <FormActions
        submitLabel={t('meetings.form.save')}
        pending={create.isPending || change.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
