// Change a group's name, kind and authority (binding or advisory).
import { bodyAuthorities, bodyKindLabels, bodyKinds } from '@samverka/shared';
import type { Body, BodyAuthority, BodyKind } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useUpdateBody } from '../api/administrationApi';

interface Props {
  workspaceId: string;
  body: Body | null;
  onClose: () => void;
}

export function BodyDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.body !== null}
      title={t('admin.bodies.editTitle', { name: props.body?.name ?? '' })}
      onClose={props.onClose}
    >
      {props.body ? <BodyForm {...props} body={props.body} /> : null}
    </Dialog>
  );
}

function BodyForm({ workspaceId, body, onClose }: Props & { body: Body }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const update = useUpdateBody(workspaceId);
  const [name, setName] = useState(body.name);
  const [kind, setKind] = useState<BodyKind>(body.kind);
  const [authority, setAuthority] = useState<BodyAuthority>(body.authority);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('admin.bodies.nameRequired'));
    setProblem(null);
    update.mutate(
      { id: body.id, body: { name: name.trim(), kind, authority } },
      { onSuccess: onClose, onError: () => setProblem(t('admin.failed')) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField label={t('admin.bodies.name')} value={name} required onChange={setName} />
      <SelectField
        label={t('admin.bodies.kind')}
        value={kind}
        options={bodyKinds}
        optionLabel={(option) => bodyKindLabels[option][language]}
        onChange={setKind}
      />
      <SelectField
        label={t('admin.bodies.authority')}
        value={authority}
        options={bodyAuthorities}
        optionLabel={(option) => t(`workspaces.home.authority.${option}`)}
        onChange={setAuthority}
      />
      <FormActions
        submitLabel={t('admin.bodies.submit')}
        pending={update.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
