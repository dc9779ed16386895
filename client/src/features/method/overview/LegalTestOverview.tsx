// The legal test in two lines: its proposed result and which criteria still block it.
import { legalTestCriterionLabels, legalTestOverallLabels } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { uiLanguage } from '../../../lib/format';
import { useLegalTest } from '../api/methodApi';
import { useBackgroundData } from '../../../lib/useBackgroundData';

export function LegalTestOverview({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const legalTest = useLegalTest(workspaceId);
  const link = `/workspaces/${workspaceId}/legal-test`;
  const data = useBackgroundData(legalTest.data);
  const proposal = data?.proposal;
  const open = proposal ? [...proposal.unclear, ...proposal.unassessed] : [];
  return (
    <div className="method-overview__card" aria-labelledby="overview-legal-heading">
      <h3 id="overview-legal-heading">{t('method.overview.legalTest')}</h3>
      {data === undefined && !legalTest.error ? <p>{t('common.loading')}</p> : null}
      {legalTest.error ? <p role="alert">{t('method.overview.loadFailed')}</p> : null}
      {proposal ? (
        <>
          <p>
            <strong>{legalTestOverallLabels[proposal.result][language]}</strong>
          </p>
          {open.length === 0 ? (
            <p>{t('method.overview.noneUnclear')}</p>
          ) : (
            <>
              <p id="overview-unclear">
                {t('method.overview.unclearCount', { count: open.length })}
              </p>
              <ul aria-labelledby="overview-unclear" className="method-overview__list">
                {open.map((criterion) => (
                  <li key={criterion}>
                    <Link to={`${link}#criterion-${criterion}`}>
                      {legalTestCriterionLabels[criterion].title[language]}
                    </Link>{' '}
                    (
                    {proposal.unclear.includes(criterion)
                      ? t('method.overview.unclear')
                      : t('method.overview.unassessed')}
                    )
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : null}
      <p>
        <Link to={link}>{t('method.overview.openLegalTest')}</Link>
      </p>
    </div>
  );
}
