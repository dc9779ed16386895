// A document's settings: its title and the language it is written in (its
// template headings and guiding questions follow the language).
import { documentLanguages } from '@samverka/shared';
import type { Document, DocumentLanguage, UpdateDocumentRequest } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { useUpdateDocument } from '../api/workspacesApi';

interface Props {
  workspaceId: string;
  document: Document | null;
  onClose: () => void;
}

export function RenameDocumentDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.document !== null}
      title={t('docAdmin.renameTitle')}
      onClose={props.onClose}
    >
      {props.document ? <RenameForm {...props} document={props.document} /> : null}
    </Dialog>
  );
}

function RenameForm({ workspaceId, document, onClose }: Props & { document: Document }) {
  const { t } = useTranslation();
  const update = useUpdateDocument(workspaceId);
  const [title, setTitle] = useState(document.title);
  const [language, setLanguage] = useState<DocumentLanguage>(document.language);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setProblem(t('documents.new.titleRequired'));
    const body: UpdateDocumentRequest = { title: title.trim() };
    if (language !== document.language) body.language = language;
    update.mutate(
      { documentId: document.id, body },
      { onSuccess: onClose, onError: () => setProblem(t('docAdmin.failed')) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField
        label={t('documents.new.documentTitle')}
        value={title}
        required
        maxLength={300}
        onChange={setTitle}
      />
      <SelectField
        label={t('documents.language.label')}
        hint={t('documents.language.changeHint')}
        value={language}
        options={documentLanguages}
        optionLabel={(option) => t(`language.names.${option}`)}
        onChange={setLanguage}
      />
      <FormActions
        submitLabel={t('docAdmin.renameSubmit')}
        pending={update.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
