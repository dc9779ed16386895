// Name, kind and description of a workspace.
import { workspaceKindLabels, workspaceKinds } from '@samverka/shared';
import type { Workspace, WorkspaceKind } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useUpdateWorkspace } from '../api/administrationApi';

export function WorkspaceDetailsForm({
  workspace,
  readOnly,
}: {
  workspace: Workspace;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const update = useUpdateWorkspace(workspace.id);
  const [name, setName] = useState(workspace.name);
  const [kind, setKind] = useState<WorkspaceKind>(workspace.kind);
  const [description, setDescription] = useState(workspace.description);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (name.trim() === '') {
      setProblem(t('admin.details.nameRequired'));
      return;
    }
    setProblem(null);
    update.mutate(
      { name: name.trim(), kind, description: description.trim() },
      { onSuccess: () => setSaved(true), onError: () => setProblem(t('admin.failed')) },
    );
  };

  return (
    <section className="section" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('admin.details.title')}</h2>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        <fieldset className="fieldset fieldset--plain" disabled={readOnly}>
          <TextField label={t('admin.details.name')} value={name} required onChange={setName} />
          <SelectField
            label={t('admin.details.kind')}
            value={kind}
            options={workspaceKinds}
            optionLabel={(option) => workspaceKindLabels[option][language]}
            onChange={setKind}
          />
          <TextAreaField
            label={t('admin.details.description')}
            value={description}
            rows={4}
            onChange={setDescription}
          />
        </fieldset>
        {readOnly ? null : (
          <FormActions submitLabel={t('admin.details.submit')} pending={update.isPending} />
        )}
        <p role="status" className="muted">
          {saved ? t('admin.saved') : ''}
        </p>
      </form>
    </section>
  );
}
