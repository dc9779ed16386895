// My display name and the language Samverka speaks to me in (remembered on this device).
import type { User } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { languages } from '../../../i18n';
import { uiLanguage } from '../../../lib/format';
import { rememberLanguage } from '../../language';
import { useUpdateMyName } from '../api/profileApi';

export function ProfileDetailsForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMyName();
  const [name, setName] = useState(user.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (name.trim() === '') return setProblem(t('profile.details.nameRequired'));
    setProblem(null);
    update.mutate(name.trim(), {
      onSuccess: () => setSaved(true),
      onError: () => setProblem(t('errors.generic.advice')),
    });
  };

  return (
    <section className="section" aria-labelledby="profile-details-heading">
      <h2 id="profile-details-heading">{t('profile.details.title')}</h2>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        <TextField label={t('profile.details.email')} value={user.email} readOnly />
        <TextField
          label={t('profile.details.name')}
          value={name}
          required
          autoComplete="name"
          onChange={setName}
        />
        <FormActions submitLabel={t('profile.details.submit')} pending={update.isPending} />
        <p role="status" className="muted">
          {saved ? t('profile.details.saved') : ''}
        </p>
      </form>
      <div className="form form--narrow">
        <SelectField
          label={t('profile.details.language')}
          value={uiLanguage(i18n.language)}
          options={languages}
          optionLabel={(language) => t(`language.names.${language}`)}
          onChange={(language) => {
            rememberLanguage(language, user.id);
            void i18n.changeLanguage(language);
          }}
        />
      </div>
    </section>
  );
}
