// Add a group (steering group, reference group...) to a workspace.
import { bodyKindLabels, bodyKinds } from '@samverka/shared';
import type { BodyKind } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useCreateBody } from '../api/workspacesApi';

export function CreateBodyDialog({
  workspaceId,
  open,
  onClose,
}: {
  workspaceId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('workspaces.bodies.createTitle')} onClose={onClose}>
      <CreateBodyForm workspaceId={workspaceId} onDone={onClose} />
    </Dialog>
  );
}

function CreateBodyForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const create = useCreateBody(workspaceId);
  const [kind, setKind] = useState<BodyKind>('steering_group');
  const [name, setName] = useState(bodyKindLabels.steering_group[language]);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem(t('workspaces.bodies.nameRequired'));
      return;
    }
    create.mutate(
      { name: name.trim(), kind },
      { onSuccess: onDone, onError: () => setProblem(t('errors.generic.advice')) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <SelectField
        label={t('workspaces.bodies.kind')}
        value={kind}
        options={bodyKinds}
        optionLabel={(option) => bodyKindLabels[option][language]}
        onChange={(next) => {
          // Keep a typed name; replace the suggested one.
          if (name === bodyKindLabels[kind][language]) setName(bodyKindLabels[next][language]);
          setKind(next);
        }}
      />
      <TextField label={t('workspaces.bodies.name')} value={name} required onChange={setName} />
      <FormActions
        submitLabel={t('workspaces.bodies.submit')}
        pending={create.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
