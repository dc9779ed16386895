// A new person accepts an invitation by choosing their name and a password.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useAcceptInvitation } from '../api/authApi';
import { MIN_PASSWORD_LENGTH, newAccountProblem } from '../lib/newAccountProblem';

import { invitationProblem } from '../lib/invitationProblem';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newAccountProblem({ name, password, confirm });
    if (found) {
      setProblem(
        found.key === 'auth.invite.passwordTooShort'
          ? t(found.key, { count: found.count })
          : t(found.key),
      );
      return;
    }
    setProblem(null);
    accept.mutate(
      { token, name: name.trim(), password, language: uiLanguage(i18n.language) },
      {
        onSuccess: (result) => void navigate(`/workspaces/${result.workspaceId}`),
        onError: (error) => setProblem(invitationProblem(error, t)),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      {/* Lets password managers store the new password under the invited address. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        label={t('auth.fields.name')}
        autoComplete="name"
        required
        value={name}
        onChange={setName}
      />
      <TextField
        label={t('auth.fields.newPassword')}
        hint={t('auth.invite.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
      />
      <TextField
        label={t('auth.fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={setConfirm}
      />
      <FormActions submitLabel={t('auth.invite.submit')} pending={accept.isPending} />
    </form>
  );
}
