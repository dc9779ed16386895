// Change my password; the server signs out my other sessions.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { useChangePassword } from '../api/profileApi';

const MIN_PASSWORD_LENGTH = 10;

export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (next.length < MIN_PASSWORD_LENGTH) {
      return setProblem(t('profile.password.tooShort', { count: MIN_PASSWORD_LENGTH }));
    }
    if (next !== repeat) return setProblem(t('profile.password.mismatch'));
    setProblem(null);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setDone(true);
          setCurrent('');
          setNext('');
          setRepeat('');
        },
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.status === 400
              ? t('profile.password.wrongCurrent')
              : t('errors.generic.advice'),
          ),
      },
    );
  };

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('profile.password.title')}</h2>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        <TextField
          label={t('profile.password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={setCurrent}
        />
        <TextField
          label={t('profile.password.next')}
          hint={t('profile.password.hint', { count: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={setNext}
        />
        <TextField
          label={t('profile.password.confirm')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={setRepeat}
        />
        <FormActions submitLabel={t('profile.password.submit')} pending={change.isPending} />
        <p role="status" className="muted">
          {done ? t('profile.password.done') : ''}
        </p>
      </form>
    </section>
  );
}
