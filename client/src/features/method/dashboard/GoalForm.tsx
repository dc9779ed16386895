// Admins set the workspace's goal for social requirements (default 50 %); everyone's
// dashboard and the home overview follow.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormProblem } from '../../../components/form/FormProblem';
import { NumberField } from '../../../components/form/NumberField';
import { readNumber } from '../../../components/form/numberText';
import { useSetGoal } from '../api/methodApi';

export function GoalForm(props: { workspaceId: string; goalPercent: number }) {
  const { t } = useTranslation();
  const setGoal = useSetGoal(props.workspaceId);
  const [value, setValue] = useState(String(props.goalPercent));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const goalPercent = readNumber(value) ?? Number.NaN;
    if (!Number.isFinite(goalPercent) || goalPercent < 1 || goalPercent > 100)
      return setProblem(t('method.dashboard.goalBad'));
    setProblem(null);
    setSaved(false);
    setGoal.mutate({ goalPercent }, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="form goal-form" onSubmit={submit} aria-label={t('method.dashboard.goalForm')}>
      <FormProblem
        message={problem ?? (setGoal.error ? t('method.dashboard.goalSaveFailed') : null)}
      />
      <NumberField
        label={t('method.dashboard.goalLabel')}
        hint={t('method.dashboard.goalHint')}
        decimals
        value={value}
        onChange={(next) => {
          setValue(next);
          setSaved(false);
        }}
        required
      />
      <button type="submit" className="button button--secondary" disabled={setGoal.isPending}>
        {t('method.dashboard.goalSave')}
      </button>
      <p role="status">{saved ? t('method.dashboard.goalSaved') : ''}</p>
    </form>
  );
}
