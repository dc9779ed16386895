// "Spara version": a label (required) and an optional note; the list refreshes when saved.
import { VERSION_LABEL_MAX, VERSION_NOTE_MAX } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormProblem } from '../../../components/form/FormProblem';
import { TextAreaField, TextField } from '../../../components/form/fields';
import { useSaveVersion } from '../api/versionsApi';

export function SaveVersionForm({
  documentId,
  announce,
}: {
  documentId: string;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveVersion(documentId);
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') return setProblem(t('versions.save.required'));
    setProblem(null);
    save.mutate(
      { label: label.trim(), note: note.trim() === '' ? null : note.trim() },
      {
        onSuccess: ({ version }) => {
          setLabel('');
          setNote('');
          announce(t('versions.save.saved', { label: version.label }));
        },
        onError: () => setProblem(t('versions.save.failed')),
      },
    );
  };
  return (
    <form
      className="form history__save"
      onSubmit={submit}
      noValidate
      aria-labelledby="save-version"
    >
      <h3 id="save-version">{t('versions.save.title')}</h3>
      <FormProblem message={problem} />
      <TextField
        label={t('versions.save.label')}
        hint={t('versions.save.labelHint')}
        value={label}
        required
        maxLength={VERSION_LABEL_MAX}
        onChange={setLabel}
      />
      <TextAreaField
        label={t('versions.save.note')}
        value={note}
        rows={2}
        maxLength={VERSION_NOTE_MAX}
        onChange={setNote}
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={save.isPending}
          aria-busy={save.isPending}
        >
          {t('versions.save.submit')}
        </button>
      </div>
    </form>
  );
}
