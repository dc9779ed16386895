// Invite a person by email with organisation (an existing one, or a new one created on the
// way), bodies and role; shows the link to send them.
import { organisationKindLabels, organisationKinds, roleLabels, roles } from '@samverka/shared';
import type { Body, Organisation, OrganisationKind, Role } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { CopyButton } from '../../../components/CopyButton';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
// The hook's own file, not the feature index: the workspaces feature renders this one.
import { useCreateOrganisation } from '../../workspaces/api/workspacesApi';
import { useCreateInvitation } from '../api/membersApi';

/** The organisation select's extra option: a party that is not in the workspace yet. */
const NEW_ORGANISATION = 'new';

interface InviteProps {
  workspaceId: string;
  organisations: Organisation[];
  bodies: Body[];
}

export function InviteMemberDialog(props: InviteProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} title={t('members.invite.title')} onClose={props.onClose}>
      <InviteForm {...props} />
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
  const createOrganisation = useCreateOrganisation(workspaceId);
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? NEW_ORGANISATION);
  const [newOrganisationName, setNewOrganisationName] = useState('');
  const [newOrganisationKind, setNewOrganisationKind] = useState<OrganisationKind>('idea_based');
  const [bodyIds, setBodyIds] = useState<string[]>([]);
  const [role, setRole] = useState<Role>('editor');
  const [problem, setProblem] = useState<string | null>(null);

  if (invite.data) {
    return (
      <div className="form">
        <p className="notice notice--success" role="status">
          {invite.data.mailed
            ? t('members.invite.mailed', { email: invite.data.invitation.email })
            : t('members.invite.created', { email: invite.data.invitation.email })}
        </p>
        <TextField
          label={t('members.invite.link')}
          hint={t('members.invite.linkHint')}
          readOnly
          value={invite.data.link}
          data-testid="invitation-link"
          onFocus={(event) => event.target.select()}
        />
        <div className="form__actions">
          <CopyButton
            text={invite.data.link}
            label={t('members.invite.copy')}
            copiedMessage={t('members.invite.copied')}
            failedMessage={t('members.invite.copyFailed')}
          />
          <button type="button" className="button" onClick={onClose}>
            {t('common.done')}
          </button>
        </div>
      </div>
    );
  }

  const creatingOrganisation = organisationId === NEW_ORGANISATION;
  const sendInvitation = (forOrganisationId: string) =>
    invite.mutate(
      // The invitation mail (when the server sends mail) is written in the inviter's language.
      { email: email.trim(), organisationId: forOrganisationId, bodyIds, role, language },
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '') {
      setProblem(t('members.invite.required'));
      return;
    }
    if (creatingOrganisation && newOrganisationName.trim() === '') {
      setProblem(t('invite.newOrganisationRequired'));
      return;
    }
    setProblem(null);
    if (!creatingOrganisation) {
      sendInvitation(organisationId);
      return;
    }
    createOrganisation.mutate(
      { name: newOrganisationName.trim(), kind: newOrganisationKind },
      {
        onSuccess: ({ organisation }) => {
          // A retry after a refused invitation reuses the organisation just made.
          setOrganisationId(organisation.id);
          sendInvitation(organisation.id);
        },
        onError: () => setProblem(t('errors.generic.advice')),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField
        label={t('auth.fields.email')}
        type="email"
        required
        value={email}
        onChange={setEmail}
      />
      <SelectField
        label={t('members.invite.organisation')}
        value={organisationId}
        options={[...organisations.map((organisation) => organisation.id), NEW_ORGANISATION]}
        optionLabel={(id) =>
          id === NEW_ORGANISATION
            ? t('invite.newOrganisation')
            : (organisations.find((o) => o.id === id)?.name ?? id)
        }
        onChange={setOrganisationId}
      />
      {creatingOrganisation ? (
        <fieldset className="fieldset">
          <legend>{t('admin.organisations.createTitle')}</legend>
          <TextField
            label={t('invite.newOrganisationName')}
            required
            value={newOrganisationName}
            onChange={setNewOrganisationName}
          />
          <SelectField
            label={t('invite.newOrganisationKind')}
            value={newOrganisationKind}
            options={organisationKinds}
            optionLabel={(option) => organisationKindLabels[option][language]}
            onChange={setNewOrganisationKind}
          />
        </fieldset>
      ) : null}
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
      <SelectField
        label={t('members.invite.role')}
        value={role}
        options={roles}
        optionLabel={(option) => roleLabels[option][language]}
        onChange={setRole}
      />
      <FormActions
        submitLabel={t('members.invite.submit')}
        pending={invite.isPending || createOrganisation.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
