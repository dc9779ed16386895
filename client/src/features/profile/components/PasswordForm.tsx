// Change my password; the server signs out my other sessions, and revokes my API tokens if I ask.
import { useId, useState } from 'react';
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
  const [revokeTokens, setRevokeTokens] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** What the last successful change did, for the status line. */
  const [done, setDone] = useState<'password' | 'passwordAndTokens' | null>(null);
  const revokeHintId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (next.length < MIN_PASSWORD_LENGTH) {
      return setProblem(t('profile.password.tooShort', { count: MIN_PASSWORD_LENGTH }));
    }
    if (next !== repeat) return setProblem(t('profile.password.mismatch'));
    setProblem(null);
    change.mutate(
      { currentPassword: current, newPassword: next, revokeTokens },
      {
        onSuccess: () => {
          setDone(revokeTokens ? 'passwordAndTokens' : 'password');
          setCurrent('');
          setNext('');
          setRepeat('');
          setRevokeTokens(false);
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
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={revokeTokens}
              aria-describedby={revokeHintId}
              onChange={(event) => setRevokeTokens(event.target.checked)}
            />
            {t('profile.password.revokeTokens')}
          </label>
          <p className="field__hint" id={revokeHintId}>
            {t('profile.password.revokeTokensHint')}
          </p>
        </div>
        <FormActions submitLabel={t('profile.password.submit')} pending={change.isPending} />
        <p role="status" className="muted">
          {done === 'passwordAndTokens'
            ? t('profile.password.doneWithTokens')
            : done === 'password'
              ? t('profile.password.done')
              : ''}
        </p>
      </form>
    </section>
  );
}
