// A new assessment of one criterion: the verdict (radio buttons), why, evidence links
// (web addresses, one per line as "label | address"; section links already recorded stay) and, for the non-profit criterion,
// whether the party is registered as an idéburen organisation.
import { legalTestAssessmentLabels, legalTestAssessments } from '@samverka/shared';
import type { LegalTestAssessment, LegalTestCriterion, LegalTestEntry } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextAreaField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useAssessCriterion } from '../api/methodApi';
import { parseEvidenceLines, evidenceLines } from './evidenceLines';

export function CriterionForm(props: {
  workspaceId: string;
  criterion: LegalTestCriterion;
  title: string;
  current: LegalTestEntry | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const assess = useAssessCriterion(props.workspaceId);
  const name = useId();
  const [assessment, setAssessment] = useState<LegalTestAssessment>(
    props.current?.assessment ?? 'unclear',
  );
  const [justification, setJustification] = useState(props.current?.justification ?? '');
  const [evidence, setEvidence] = useState(evidenceLines(props.current?.evidence ?? []));
  const [registered, setRegistered] = useState<'yes' | 'no' | 'unknown'>(
    props.current?.registeredIdeaBased === true
      ? 'yes'
      : props.current?.registeredIdeaBased === false
        ? 'no'
        : 'unknown',
  );
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEvidenceLines(evidence);
    if (!parsed.ok) {
      setProblem(t('method.legalTest.badEvidence', { line: parsed.line }));
      return;
    }
    setProblem(null);
    assess.mutate(
      {
        criterion: props.criterion,
        body: {
          assessment,
          justification: justification.trim(),
          // Document-section evidence is not typed here: keep what was recorded.
          evidence: [
            ...(props.current?.evidence ?? []).filter((item) => item.kind === 'section'),
            ...parsed.evidence,
          ],
          registeredIdeaBased:
            props.criterion === 'non_profit_party' && registered !== 'unknown'
              ? registered === 'yes'
              : null,
        },
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={t('method.legalTest.formLabel', { criterion: props.title })}
    >
      <FormProblem message={problem ?? (assess.error ? t('method.legalTest.saveFailed') : null)} />
      <fieldset className="fieldset">
        <legend>{t('method.legalTest.assessment')}</legend>
        {legalTestAssessments.map((option) => (
          <label key={option} className="check">
            <input
              type="radio"
              name={name}
              value={option}
              checked={assessment === option}
              onChange={() => setAssessment(option)}
            />{' '}
            {legalTestAssessmentLabels[option][language]}
          </label>
        ))}
      </fieldset>
      {props.criterion === 'non_profit_party' ? (
        <fieldset className="fieldset">
          <legend>{t('method.legalTest.registeredQuestion')}</legend>
          {(['yes', 'no', 'unknown'] as const).map((option) => (
            <label key={option} className="check">
              <input
                type="radio"
                name={`${name}-registered`}
                checked={registered === option}
                onChange={() => setRegistered(option)}
              />{' '}
              {t(`method.legalTest.registeredOption.${option}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        label={t('method.legalTest.justification')}
        value={justification}
        onChange={setJustification}
        maxLength={4000}
        rows={4}
      />
      <TextAreaField
        label={t('method.legalTest.evidence')}
        hint={t('method.legalTest.evidenceHint')}
        value={evidence}
        onChange={setEvidence}
        rows={2}
      />
      <FormActions
        submitLabel={t('method.legalTest.save')}
        pending={assess.isPending}
        onCancel={props.onClose}
      />
    </form>
  );
}
