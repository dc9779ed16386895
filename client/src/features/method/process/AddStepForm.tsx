// Admins add a step of their own, after a chosen step (or last).
import type { ProcessStepView } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { useAddStep } from '../api/methodApi';

export function AddStepForm(props: {
  workspaceId: string;
  steps: readonly ProcessStepView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddStep(props.workspaceId);
  const [title, setTitle] = useState('');
  const last = props.steps[props.steps.length - 1]?.id ?? '';
  const [after, setAfter] = useState(last);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { title: title.trim(), afterStepId: after === '' ? null : after },
      { onSuccess: props.onClose },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('method.process.addStep')}>
      <FormProblem message={add.error ? t('method.process.saveFailed') : null} />
      <TextField
        label={t('method.process.fields.title')}
        value={title}
        onChange={setTitle}
        required
        maxLength={200}
      />
      <SelectField
        label={t('method.process.fields.after')}
        value={after}
        options={props.steps.map((step) => step.id)}
        optionLabel={(id) => props.steps.find((step) => step.id === id)?.title ?? id}
        onChange={setAfter}
      />
      <FormActions
        submitLabel={t('method.process.addStep')}
        pending={add.isPending}
        onCancel={props.onClose}
      />
    </form>
  );
}
