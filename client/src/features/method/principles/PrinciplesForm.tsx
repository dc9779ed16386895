// My organisation's assessment of the six principles for one period: a score from 1 to 5
// (or "vet ej") and a comment per principle. Saving again for the same period replaces it.
import { principleLabels, principles, principleScoreLabels } from '@samverka/shared';
import type { Principle, PrincipleAssessment, PrincipleScore } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useAssessPrinciples } from '../api/methodApi';
import { currentHalfYear } from './principleCharts';

const scoreOptions = ['', '1', '2', '3', '4', '5'] as const;
type ScoreOption = (typeof scoreOptions)[number];
type Draft = Record<Principle, { score: ScoreOption; comment: string }>;

function draftFrom(assessment: PrincipleAssessment | undefined): Draft {
  const draft = {} as Draft;
  for (const principle of principles) {
    const score = assessment?.scores[principle];
    draft[principle] = {
      score: score?.score ? (String(score.score) as ScoreOption) : '',
      comment: score?.comment ?? '',
    };
  }
  return draft;
}

export function PrinciplesForm(props: {
  workspaceId: string;
  organisationId: string;
  organisationName: string;
  mine: readonly PrincipleAssessment[];
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const assess = useAssessPrinciples(props.workspaceId);
  const [period, setPeriod] = useState(() => currentHalfYear(new Date()));
  const existing = props.mine.find((a) => a.period === period);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(existing));
  const [loadedFor, setLoadedFor] = useState(period);
  if (loadedFor !== period) {
    // Another period chosen: start from what the organisation said for it (if anything).
    setLoadedFor(period);
    setDraft(draftFrom(existing));
  }
  const validPeriod = /^\d{4}(-H[12])?$/.test(period);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!validPeriod) return;
    const scores = {} as Record<Principle, PrincipleScore>;
    for (const principle of principles) {
      const { score, comment } = draft[principle];
      scores[principle] = { score: score === '' ? null : Number(score), comment: comment.trim() };
    }
    assess.mutate({ organisationId: props.organisationId, period, body: { scores } });
  };

  return (
    <section className="section" aria-labelledby="principles-mine">
      <h2 id="principles-mine">
        {t('method.principles.formHeading', { organisation: props.organisationName })}
      </h2>
      <form className="form" onSubmit={submit} aria-labelledby="principles-mine">
        <FormProblem
          message={
            !validPeriod
              ? t('method.principles.badPeriod')
              : assess.error
                ? t('method.principles.saveFailed')
                : null
          }
        />
        <TextField
          label={t('method.principles.period')}
          hint={t('method.principles.periodHint')}
          value={period}
          onChange={setPeriod}
          required
        />
        {principles.map((principle) => (
          <fieldset className="fieldset" key={principle}>
            <legend>{principleLabels[principle][language]}</legend>
            <SelectField
              label={t('method.principles.score')}
              value={draft[principle].score}
              options={scoreOptions}
              optionLabel={(option) =>
                option === ''
                  ? t('method.principles.noScore')
                  : `${option} – ${principleScoreLabels[Number(option) as 1 | 2 | 3 | 4 | 5][language]}`
              }
              onChange={(score) =>
                setDraft((d) => ({ ...d, [principle]: { ...d[principle], score } }))
              }
            />
            <TextAreaField
              label={t('method.principles.comment')}
              value={draft[principle].comment}
              onChange={(comment) =>
                setDraft((d) => ({ ...d, [principle]: { ...d[principle], comment } }))
              }
              maxLength={2000}
              rows={2}
            />
          </fieldset>
        ))}
        {assess.isSuccess ? (
          <p className="notice notice--success" role="status">
            {t('method.principles.saved', { period })}
          </p>
        ) : null}
        <FormActions submitLabel={t('method.principles.save')} pending={assess.isPending} />
      </form>
    </section>
  );
}
