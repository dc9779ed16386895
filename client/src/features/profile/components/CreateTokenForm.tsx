// Create a personal API token with a name and, optionally, how long it stays valid.
import type { CreateTokenResponse } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { useCreateToken } from '../api/profileApi';
import { expiresAtFor, tokenExpiryChoices } from '../lib/tokenExpiry';
import type { TokenExpiryChoice } from '../lib/tokenExpiry';

export function CreateTokenForm({
  onCreated,
}: {
  onCreated: (created: CreateTokenResponse) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<TokenExpiryChoice>('none');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('profile.tokens.nameRequired'));
    setProblem(null);
    const expiresAt = expiresAtFor(expiry, new Date());
    create.mutate(
      { name: name.trim(), ...(expiresAt === undefined ? {} : { expiresAt }) },
      {
        onSuccess: (created) => {
          setName('');
          setExpiry('none');
          onCreated(created);
        },
        onError: () => setProblem(t('errors.generic.advice')),
      },
    );
  };

  return (
    <form className="form form--narrow" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField
        label={t('profile.tokens.name')}
        hint={t('profile.tokens.nameHint')}
        required
        maxLength={200}
        value={name}
        onChange={setName}
      />
      <SelectField
        label={t('profile.tokens.expiry')}
        hint={t('profile.tokens.expiryHint')}
        value={expiry}
        options={tokenExpiryChoices}
        optionLabel={(choice) => t(`profile.tokens.expiryChoices.${choice}`)}
        onChange={setExpiry}
      />
      <FormActions submitLabel={t('profile.tokens.create')} pending={create.isPending} />
    </form>
  );
}
