// Advisory bodies' statements, beside the positions and never counted.
import type { AdvisoryStatement } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { formatDateTime, uiLanguage } from '../../../lib/format';

export function StatementsPanel({
  statements,
  bodyName,
  personName,
}: {
  statements: readonly AdvisoryStatement[];
  bodyName: (id: string) => string;
  personName: (userId: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  return (
    <section className="section statements" aria-labelledby="statements-heading">
      <h2 id="statements-heading">{t('decisions.page.statements')}</h2>
      <p className="muted">{t('decisions.page.statementsLead')}</p>
      {statements.length === 0 ? (
        <p>{t('decisions.page.noStatements')}</p>
      ) : (
        <ul className="plain-list statements__list">
          {statements.map((statement) => (
            <li key={statement.id} className="statements__item">
              <p className="statements__text">{statement.text}</p>
              <p className="muted">
                {t('decisions.page.statementBy', {
                  body: bodyName(statement.bodyId),
                  who: personName(statement.recordedBy) ?? t('decisions.page.someone'),
                  when: formatDateTime(statement.recordedAt, language),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
