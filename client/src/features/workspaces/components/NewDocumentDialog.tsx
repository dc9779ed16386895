// New document: a title and a template chosen from the shared template list.
import { templateIds, templates } from '@samverka/shared';
import type { TemplateId } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Dialog } from '../../../components/Dialog';
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
      {open ? <NewDocumentForm workspaceId={workspaceId} onDone={onClose} /> : null}
    </Dialog>
  );
}

function NewDocumentForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const navigate = useNavigate();
  const create = useCreateDocument(workspaceId);
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('needs_analysis');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem(t('documents.new.titleRequired'));
      return;
    }
    create.mutate(
      { title: title.trim(), template },
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
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={titleId}>{t('documents.new.documentTitle')}</label>
        <input id={titleId} value={title} required onChange={(e) => setTitle(e.target.value)} />
      </div>
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
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('documents.new.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
