// Create a workspace: its name and kind, and the organisation the creator represents.
import {
  organisationKindLabels,
  organisationKinds,
  workspaceKindLabels,
  workspaceKinds,
} from '@samverka/shared';
import type { OrganisationKind, WorkspaceKind } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useCreateWorkspace } from '../api/workspacesApi';

export function CreateWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('workspaces.create.title')} onClose={onClose}>
      <CreateWorkspaceForm onDone={onClose} />
    </Dialog>
  );
}

function CreateWorkspaceForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<WorkspaceKind>('iop');
  const [description, setDescription] = useState('');
  const [organisationName, setOrganisationName] = useState('');
  const [organisationKind, setOrganisationKind] = useState<OrganisationKind>('municipality');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '' || organisationName.trim() === '') {
      setProblem(t('workspaces.create.required'));
      return;
    }
    create.mutate(
      {
        name: name.trim(),
        kind,
        description: description.trim(),
        organisation: { name: organisationName.trim(), kind: organisationKind },
      },
      {
        onSuccess: (view) => {
          onDone();
          void navigate(`/workspaces/${view.workspace.id}`);
        },
        onError: () => setProblem(t('errors.generic.advice')),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField label={t('workspaces.create.name')} value={name} required onChange={setName} />
      <SelectField
        label={t('workspaces.create.kind')}
        value={kind}
        options={workspaceKinds}
        optionLabel={(option) => workspaceKindLabels[option][language]}
        onChange={setKind}
      />
      <TextAreaField
        label={t('workspaces.create.description')}
        rows={3}
        value={description}
        onChange={setDescription}
      />
      <fieldset className="fieldset">
        <legend>{t('workspaces.create.yourOrganisation')}</legend>
        <TextField
          label={t('workspaces.create.organisationName')}
          value={organisationName}
          required
          onChange={setOrganisationName}
        />
        <SelectField
          label={t('workspaces.create.organisationKind')}
          value={organisationKind}
          options={organisationKinds}
          optionLabel={(option) => organisationKindLabels[option][language]}
          onChange={setOrganisationKind}
        />
      </fieldset>
      <FormActions
        submitLabel={t('workspaces.create.submit')}
        pending={create.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
