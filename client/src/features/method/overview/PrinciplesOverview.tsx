// The six principles in the latest period as one small table: a row per principle, a column
// per organisation that assessed, and each organisation's average. Principles as rows keeps
// it narrow enough for a phone.
import { principleLabels, principles } from '@samverka/shared';
import type { Organisation, PrincipleAssessment } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { numberText, uiLanguage } from '../../../lib/format';
import { usePrinciples } from '../api/methodApi';
import { useBackgroundData } from '../../../lib/useBackgroundData';

function average(assessment: PrincipleAssessment): number | null {
  const scores = principles
    .map((p) => assessment.scores[p]?.score)
    .filter((s): s is number => typeof s === 'number');
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

export function PrinciplesOverview(props: {
  workspaceId: string;
  organisations: readonly Organisation[];
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const query = usePrinciples(props.workspaceId);
  const data = useBackgroundData(query.data);
  const period = data?.periods.at(-1);
  const latest = (data?.assessments ?? []).filter((a) => a.period === period);
  const nameOf = (id: string) =>
    props.organisations.find((o) => o.id === id)?.name ?? t('method.overview.unknownOrg');
  const score = (value: number | null | undefined) =>
    typeof value === 'number' ? numberText(value, language) : '–';
  return (
    <div className="method-overview__card">
      <h3 id="overview-principles-heading">{t('method.overview.principles')}</h3>
      {data === undefined && !query.error ? <p>{t('common.loading')}</p> : null}
      {query.error ? <p role="alert">{t('method.overview.loadFailed')}</p> : null}
      {data && latest.length === 0 ? <p>{t('method.overview.noPrinciples')}</p> : null}
      {period && latest.length > 0 ? (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="overview-principles-heading"
        >
          <table className="method-overview__table">
            <caption>{t('method.overview.principlesCaption', { period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('method.overview.principle')}</th>
                {latest.map((a) => (
                  <th scope="col" key={a.organisationId}>
                    {nameOf(a.organisationId)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {principles.map((p) => (
                <tr key={p}>
                  <th scope="row">{principleLabels[p][language]}</th>
                  {latest.map((a) => (
                    <td key={a.organisationId}>{score(a.scores[p]?.score)}</td>
                  ))}
                </tr>
              ))}
              <tr className="method-overview__average">
                <th scope="row">{t('method.overview.average')}</th>
                {latest.map((a) => (
                  <td key={a.organisationId}>{score(average(a))}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        <Link to={`/workspaces/${props.workspaceId}/principles`}>
          {t('method.overview.openPrinciples')}
        </Link>
      </p>
    </div>
  );
}
