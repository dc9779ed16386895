/**
 * Close a decision with its outcome and the statement the minutes will
 * carry, or withdraw it. The rule's computed result is shown first; an
 * outcome that goes against it (or closes a decision the rule has not
 * settled) needs a statement of why, as the server requires.
 */
import type { RuleResult } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { useAnnounce } from '../../../components/LiveAnnouncer';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField } from '../../../components/form/fields';
import { useCloseDecision } from '../api/decisionsApi';

const closeOutcomes = ['decided', 'rejected'] as const;

export function CloseDecisionDialog({
  decisionId,
  title,
  mode,
  result,
  resultInWords,
  onClose,
}: {
  decisionId: string;
  title: string;
  mode: 'close' | 'withdraw';
  result: RuleResult;
  resultInWords: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const close = useCloseDecision(decisionId);
  const [outcome, setOutcome] = useState<(typeof closeOutcomes)[number]>(
    result.outcome === 'rejected' ? 'rejected' : 'decided',
  );
  const [statement, setStatement] = useState('');
  const [override, setOverride] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const withdrawing = mode === 'withdraw';
  const againstRule = !withdrawing && outcome !== result.outcome;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (statement.trim() === '') return setProblem(t('decisions.close.statementMissing'));
    if (againstRule && override.trim() === '') {
      return setProblem(t('decisions.close.overrideMissing'));
    }
    setProblem(null);
    close.mutate(
      {
        outcome: withdrawing ? 'withdrawn' : outcome,
        statement: statement.trim(),
        ...(againstRule ? { overrideStatement: override.trim() } : {}),
      },
      {
        onSuccess: () => {
          announce(t(withdrawing ? 'decisions.actions.withdrawn' : 'decisions.close.closed'));
          onClose();
        },
        onError: () => setProblem(t('decisions.close.failed')),
      },
    );
  }

  return (
    <Dialog
      open
      title={withdrawing ? t('decisions.actions.withdrawTitle') : t('decisions.close.title')}
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        {withdrawing ? (
          <p>{t('decisions.actions.withdrawConfirm', { title })}</p>
        ) : (
          <>
            <p className="notice notice--info">
              {t('decisions.close.computed', {
                result: `${t(`decisions.result.outcome.${result.outcome}`)} (${resultInWords})`,
              })}
            </p>
            <SelectField
              label={t('decisions.close.outcome')}
              value={outcome}
              options={closeOutcomes}
              optionLabel={(option) => t(`decisions.close.outcomes.${option}`)}
              onChange={setOutcome}
            />
          </>
        )}
        <TextAreaField
          label={t('decisions.close.statement')}
          hint={t('decisions.close.statementHint')}
          value={statement}
          onChange={setStatement}
          rows={4}
          required
        />
        {againstRule ? (
          <TextAreaField
            label={t('decisions.close.override')}
            hint={t('decisions.close.overrideHint')}
            value={override}
            onChange={setOverride}
            rows={3}
            required
          />
        ) : null}
        <FormActions
          submitLabel={withdrawing ? t('decisions.actions.withdraw') : t('decisions.close.submit')}
          pending={close.isPending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
