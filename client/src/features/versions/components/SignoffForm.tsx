// A mandate holder records "godkänt för <organisation>" with the name and title to print.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { useRecordSignoff } from '../api/versionsApi';

export function SignoffForm({
  versionId,
  organisation,
  myName,
  announce,
}: {
  versionId: string;
  organisation: { id: string; name: string };
  myName: string;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordSignoff(versionId);
  const [name, setName] = useState(myName);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('versions.signoff.nameRequired'));
    setProblem(null);
    record.mutate(
      { organisationId: organisation.id, body: { name: name.trim(), title: title.trim() } },
      {
        onSuccess: () => announce(t('versions.signoff.done', { organisation: organisation.name })),
        onError: () => setProblem(t('versions.signoff.failed')),
      },
    );
  };
  return (
    <form
      className="form history__signoff-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="signoff-form"
    >
      <h4 id="signoff-form">
        {t('versions.signoff.formTitle', { organisation: organisation.name })}
      </h4>
      <p>{t('versions.signoff.formIntro', { organisation: organisation.name })}</p>
      <FormProblem message={problem} />
      <TextField
        label={t('versions.signoff.name')}
        value={name}
        required
        maxLength={200}
        onChange={setName}
      />
      <TextField
        label={t('versions.signoff.titleField')}
        hint={t('versions.signoff.titleHint')}
        value={title}
        maxLength={200}
        onChange={setTitle}
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={record.isPending}
          aria-busy={record.isPending}
        >
          {t('versions.signoff.submit', { organisation: organisation.name })}
        </button>
      </div>
    </form>
  );
}
