// The six principles of Överenskommelsen: my organisation's assessment for a period, and every
// organisation's side by side and over time, each chart with a text summary and a table.
import { actionsWhileClosed, can, principleLabels } from '@samverka/shared';
import type { Role, WorkspaceStatus } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField } from '../../../components/form/fields';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { numberText, uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useOrganisations } from '../../workspaces/api/workspacesApi';
import { usePrinciples } from '../api/methodApi';
import { HorizontalBarChart } from '../charts/HorizontalBarChart';
import { ChartFigure } from '../charts/ChartFigure';
import { LineChart } from '../charts/LineChart';
import { MethodPageFrame } from '../components/MethodPageFrame';
import { PrinciplesForm } from './PrinciplesForm';
import { byOrganisationChart, currentHalfYear, overTimeChart } from './principleCharts';

/**
 * May this member assess for their own organisation? The workspace's abilities cannot say:
 * the server decides 'principles:assess' per organisation, so ask the same role table.
 */
function mayAssess(role: Role, status: WorkspaceStatus): boolean {
  return (
    can(role, 'principles:assess') &&
    (status !== 'closed' || actionsWhileClosed.includes('principles:assess'))
  );
}

function PrinciplesContent(props: {
  workspaceId: string;
  canAssess: boolean;
  organisationId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const principles = usePrinciples(props.workspaceId);
  const organisations = useOrganisations(props.workspaceId);
  const [chosen, setChosen] = useState<string | null>(null);
  const failed = [principles, organisations].find((q) => blockingError(q));
  if (failed)
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  if (!principles.data || !organisations.data) return <LoadingState />;

  const { assessments, periods } = principles.data;
  const nameOf = (id: string) =>
    organisations.data.organisations.find((o) => o.id === id)?.name ?? id;
  const period = chosen ?? periods[periods.length - 1] ?? currentHalfYear(new Date());
  const score = (value: number | null) =>
    value === null ? t('method.principles.noScore') : numberText(value, language);
  const side = byOrganisationChart(
    assessments,
    period,
    (p) => principleLabels[p][language],
    nameOf,
  );
  const overTime = overTimeChart(assessments, periods, nameOf);
  const sideSummary =
    side.series.length === 0
      ? t('method.principles.noneInPeriod', { period })
      : t('method.principles.sideSummary', {
          period,
          list: side.series
            .map((series) => {
              const scored = series.values.filter((v): v is number => v !== null);
              const mean = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
              return `${series.label} ${score(mean === null ? null : Math.round(mean * 10) / 10)}`;
            })
            .join(', '),
        });
  const timeSummary =
    overTime.series.length === 0
      ? t('method.principles.noHistory')
      : t('method.principles.timeSummary', {
          list: overTime.series
            .map((series) => {
              const known = series.values
                .map((value, index) => ({ value, period: periods[index] }))
                .filter((point) => point.value !== null);
              const first = known[0];
              const last = known[known.length - 1];
              if (!first || !last) return series.label;
              return first === last
                ? `${series.label} ${score(last.value)} (${last.period})`
                : `${series.label} ${score(first.value)} (${first.period}) → ${score(last.value)} (${last.period})`;
            })
            .join('; '),
        });
  const mine = assessments.filter((a) => a.organisationId === props.organisationId);
  return (
    <>
      {props.canAssess ? (
        <PrinciplesForm
          workspaceId={props.workspaceId}
          organisationId={props.organisationId}
          organisationName={nameOf(props.organisationId)}
          mine={mine}
        />
      ) : null}
      <section className="section" aria-labelledby="principles-compare">
        <div className="section__header">
          <h2 id="principles-compare">{t('method.principles.compareHeading')}</h2>
        </div>
        {periods.length > 1 ? (
          <SelectField
            label={t('method.principles.period')}
            value={period}
            options={periods}
            optionLabel={(value) => value}
            onChange={setChosen}
          />
        ) : null}
        <div className="method-grid">
          <ChartFigure
            title={t('method.principles.sideTitle', { period })}
            summary={sideSummary}
            data={side}
            categoryLabel={t('method.principles.principle')}
            formatValue={score}
          >
            <HorizontalBarChart data={side} short={(v) => numberText(v, language)} scaleMax={5} />
          </ChartFigure>
          <ChartFigure
            title={t('method.principles.timeTitle')}
            summary={timeSummary}
            data={overTime}
            categoryLabel={t('method.principles.period')}
            formatValue={score}
          >
            <LineChart data={overTime} short={(v) => numberText(v, language)} scaleMax={5} />
          </ChartFigure>
        </div>
      </section>
    </>
  );
}

export function PrinciplesPage() {
  const { t } = useTranslation();
  return (
    <MethodPageFrame title={t('method.principles.title')} lead={t('method.principles.lead')}>
      {(workspace) => (
        <PrinciplesContent
          workspaceId={workspace.workspaceId}
          canAssess={mayAssess(workspace.membership.role, workspace.workspace.status)}
          organisationId={workspace.membership.organisationId}
        />
      )}
    </MethodPageFrame>
  );
}
