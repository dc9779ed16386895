// Invite a person by email with organisation, bodies and role; shows the link to send them.
import { roleLabels, roles } from '@samverka/shared';
import type { Body, Organisation, Role } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { useCreateInvitation } from '../api/membersApi';

interface InviteProps {
  workspaceId: string;
  organisations: Organisation[];
  bodies: Body[];
}

export function InviteMemberDialog(props: InviteProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} title={t('members.invite.title')} onClose={props.onClose}>
      {props.open ? <InviteForm {...props} /> : null}
    </Dialog>
  );
}

function InviteForm({
  workspaceId,
  organisations,
  bodies,
  onClose,
}: InviteProps & { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const invite = useCreateInvitation(workspaceId);
  const ids = { email: useId(), organisation: useId(), role: useId(), link: useId() };
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [bodyIds, setBodyIds] = useState<string[]>([]);
  const [role, setRole] = useState<Role>('editor');
  const [problem, setProblem] = useState<string | null>(null);

  if (invite.data) {
    return (
      <div className="form">
        <p className="notice notice--success" role="status">
          {t('members.invite.created', { email: invite.data.invitation.email })}
        </p>
        <div className="field">
          <label htmlFor={ids.link}>{t('members.invite.link')}</label>
          <input
            id={ids.link}
            readOnly
            value={invite.data.link}
            data-testid="invitation-link"
            onFocus={(event) => event.target.select()}
          />
          <p className="field__hint">{t('members.invite.linkHint')}</p>
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.done')}
          </button>
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '' || organisationId === '') {
      setProblem(t('members.invite.required'));
      return;
    }
    setProblem(null);
    invite.mutate(
      { email: email.trim(), organisationId, bodyIds, role },
      {
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.status === 409
              ? t('members.invite.alreadyMember')
              : error instanceof ApiError && error.status === 400
                ? t('members.invite.invalidEmail')
                : t('errors.generic.advice'),
          ),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.email}>{t('auth.fields.email')}</label>
        <input
          id={ids.email}
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.organisation}>{t('members.invite.organisation')}</label>
        <select
          id={ids.organisation}
          value={organisationId}
          onChange={(event) => setOrganisationId(event.target.value)}
        >
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
      {bodies.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{t('members.invite.bodies')}</legend>
          {bodies.map((body) => (
            <label key={body.id} className="check">
              <input
                type="checkbox"
                checked={bodyIds.includes(body.id)}
                onChange={(event) =>
                  setBodyIds((current) =>
                    event.target.checked
                      ? [...current, body.id]
                      : current.filter((id) => id !== body.id),
                  )
                }
              />
              {body.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={ids.role}>{t('members.invite.role')}</label>
        <select
          id={ids.role}
          value={role}
          onChange={(event) => setRole(roles.find((r) => r === event.target.value) ?? 'viewer')}
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {roleLabels[option][language]}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('members.invite.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
