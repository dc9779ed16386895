// Change a step: status, responsible organisation, due date, notes and linked documents;
// admins also rename it and mark it "ej aktuell" (skip). Completing a step that needs a
// decided decision is refused by the server (409 decision_required) and said so here.
import { decisionTypeLabels, processStepStatuses, processStepStatusLabels } from '@samverka/shared';
import type {
  Organisation,
  ProcessStepStatus,
  ProcessStepView,
  UpdateProcessStepRequest,
} from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { useUpdateStep } from '../api/methodApi';

export function StepEditForm(props: {
  workspaceId: string;
  step: ProcessStepView;
  title: string;
  canConfigure: boolean;
  organisations: readonly Organisation[];
  documents: readonly { id: string; title: string }[];
  onClose: () => void;
}) {
  const { step } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const update = useUpdateStep(props.workspaceId);
  const [title, setTitle] = useState(step.title);
  const [status, setStatus] = useState<ProcessStepStatus>(step.status);
  const [responsible, setResponsible] = useState(step.responsibleOrganisationId ?? '');
  const [dueDate, setDueDate] = useState(step.dueDate ?? '');
  const [notes, setNotes] = useState(step.notes);
  const [documentIds, setDocumentIds] = useState<string[]>(step.links.documentIds);
  const statuses = processStepStatuses.filter(
    (option) => props.canConfigure || option !== 'not_applicable' || step.status === option,
  );

  const problem = (() => {
    if (!update.error) return null;
    if (update.error instanceof ApiError && update.error.code === 'decision_required')
      return t('method.process.decisionRequired', {
        type: step.requiresDecisionType
          ? decisionTypeLabels[step.requiresDecisionType][language]
          : '',
      });
    if (update.error instanceof ApiError && update.error.status === 403)
      return t('method.process.forbidden');
    return t('method.process.saveFailed');
  })();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: UpdateProcessStepRequest = {
      status,
      responsibleOrganisationId: responsible === '' ? null : responsible,
      dueDate: dueDate === '' ? null : dueDate,
      notes,
      links: { ...step.links, documentIds },
    };
    if (props.canConfigure && title.trim() !== step.title) patch.title = title.trim();
    update.mutate({ stepId: step.id, patch }, { onSuccess: props.onClose });
  };

  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={t('method.process.editLabel', { step: props.title })}
    >
      <FormProblem message={problem} />
      {props.canConfigure ? (
        <TextField
          label={t('method.process.fields.title')}
          value={title}
          onChange={setTitle}
          required
          maxLength={200}
        />
      ) : null}
      <SelectField
        label={t('method.process.fields.status')}
        value={status}
        options={statuses}
        optionLabel={(option) => processStepStatusLabels[option][language]}
        onChange={setStatus}
      />
      <SelectField
        label={t('method.process.fields.responsible')}
        value={responsible}
        options={['', ...props.organisations.map((o) => o.id)]}
        optionLabel={(id) =>
          id === ''
            ? t('method.process.nobody')
            : (props.organisations.find((o) => o.id === id)?.name ?? id)
        }
        onChange={setResponsible}
      />
      <TextField
        label={t('method.process.fields.due')}
        type="date"
        value={dueDate}
        onChange={setDueDate}
      />
      <TextAreaField
        label={t('method.process.fields.notes')}
        value={notes}
        onChange={setNotes}
        maxLength={4000}
        rows={3}
      />
      {props.documents.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{t('method.process.fields.documents')}</legend>
          {props.documents.map((document) => (
            <label key={document.id} className="check">
              <input
                type="checkbox"
                checked={documentIds.includes(document.id)}
                onChange={(event) =>
                  setDocumentIds((ids) =>
                    event.target.checked
                      ? [...ids, document.id]
                      : ids.filter((id) => id !== document.id),
                  )
                }
              />{' '}
              {document.title}
            </label>
          ))}
        </fieldset>
      ) : null}
      <FormActions
        submitLabel={t('method.process.save')}
        pending={update.isPending}
        onCancel={props.onClose}
      />
    </form>
  );
}
