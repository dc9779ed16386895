// New document: a title, a template chosen from the shared template list and
// the language it is written in (its template headings and guiding questions
// follow it; the creator's UI language unless they choose another).
import { documentLanguages, templateIds, templates } from '@samverka/shared';
import type { DocumentLanguage, TemplateId } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useCreateDocument } from '../api/workspacesApi';

export function NewDocumentDialog({
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
    <Dialog open={open} title={t('documents.new.title')} onClose={onClose}>
      <NewDocumentForm workspaceId={workspaceId} onDone={onClose} />
    </Dialog>
  );
}

function NewDocumentForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const navigate = useNavigate();
  const create = useCreateDocument(workspaceId);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('needs_analysis');
  const [documentLanguage, setDocumentLanguage] = useState<DocumentLanguage>(language);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem(t('documents.new.titleRequired'));
      return;
    }
    create.mutate(
      { title: title.trim(), template, language: documentLanguage },
      {
        onSuccess: ({ document }) => {
          onDone();
          void navigate(`/documents/${document.id}`);
        },
        onError: () => setProblem(t('errors.generic.advice')),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField
        label={t('documents.new.documentTitle')}
        value={title}
        required
        onChange={setTitle}
      />
      <SelectField
        label={t('documents.language.label')}
        hint={t('documents.language.hint')}
        value={documentLanguage}
        options={documentLanguages}
        optionLabel={(option) => t(`language.names.${option}`)}
        onChange={setDocumentLanguage}
      />
      <fieldset className="fieldset template-picker">
        <legend>{t('documents.new.template')}</legend>
        {templateIds.map((id) => (
          <label key={id} className="template-option">
            <input
              type="radio"
              name="template"
              value={id}
              checked={template === id}
              onChange={() => setTemplate(id)}
            />
            <span className="template-option__text">
              <span className="template-option__name">{templates[id].name[language]}</span>
              <span className="template-option__description">
                {templates[id].description[language]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormActions
        submitLabel={t('documents.new.submit')}
        pending={create.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
