// Create a workspace: its name and kind, and the organisation the creator represents.
import {
  organisationKindLabels,
  organisationKinds,
  workspaceKindLabels,
  workspaceKindSchema,
} from '@samverka/shared';
import type { OrganisationKind, WorkspaceKind } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Dialog } from '../../../components/Dialog';
import { uiLanguage } from '../../../lib/format';
import { useCreateWorkspace } from '../api/workspacesApi';

export function CreateWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('workspaces.create.title')} onClose={onClose}>
      {open ? <CreateWorkspaceForm onDone={onClose} /> : null}
    </Dialog>
  );
}

function CreateWorkspaceForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const ids = {
    name: useId(),
    kind: useId(),
    description: useId(),
    org: useId(),
    orgKind: useId(),
  };
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
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.name}>{t('workspaces.create.name')}</label>
        <input id={ids.name} value={name} required onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t('workspaces.create.kind')}</label>
        <select
          id={ids.kind}
          value={kind}
          onChange={(e) => setKind(workspaceKindSchema.parse(e.target.value))}
        >
          {workspaceKindSchema.options.map((option) => (
            <option key={option} value={option}>
              {workspaceKindLabels[option][language]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t('workspaces.create.description')}</label>
        <textarea
          id={ids.description}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('workspaces.create.yourOrganisation')}</legend>
        <div className="field">
          <label htmlFor={ids.org}>{t('workspaces.create.organisationName')}</label>
          <input
            id={ids.org}
            value={organisationName}
            required
            onChange={(e) => setOrganisationName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.orgKind}>{t('workspaces.create.organisationKind')}</label>
          <select
            id={ids.orgKind}
            value={organisationKind}
            onChange={(e) =>
              setOrganisationKind(
                organisationKinds.find((k) => k === e.target.value) ?? 'municipality',
              )
            }
          >
            {organisationKinds.map((option) => (
              <option key={option} value={option}>
                {organisationKindLabels[option][language]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('workspaces.create.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
