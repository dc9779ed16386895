// One decision in the register: title (a link), status, type, deciding body, deadline and the
// rule's standing in words; a changed subject wording is flagged in text, not colour only.
import { decisionTypeLabels } from '@samverka/shared';
import type { DecisionListItem } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import type { WorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import { ruleSummary } from '../lib/ruleSummary';
import { DecisionStatusTag } from './DecisionStatusTag';

export function DecisionRow({
  item,
  directory,
}: {
  item: DecisionListItem;
  directory: WorkspaceDirectory;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { decision, result, drifted, documentTitle } = item;
  const column = (key: 'status' | 'type' | 'body' | 'deadline' | 'result') =>
    t(`decisions.register.columns.${key}`);
  return (
    <tr>
      <td>
        <Link to={`/decisions/${decision.id}`}>{decision.title}</Link>
        {documentTitle ? <span className="decision-row__document">{documentTitle}</span> : null}
        {drifted ? (
          <span className="drift-flag">
            <span aria-hidden="true">⚠ </span>
            {t('decisions.register.drifted')}
          </span>
        ) : null}
      </td>
      <td data-label={column('status')}>
        <DecisionStatusTag status={decision.status} />
      </td>
      <td data-label={column('type')}>{decisionTypeLabels[decision.type][language]}</td>
      <td data-label={column('body')}>{directory.bodyName(decision.bodyId)}</td>
      <td data-label={column('deadline')}>
        {decision.deadline
          ? formatDateTime(decision.deadline, language)
          : t('decisions.register.noDeadline')}
      </td>
      <td data-label={column('result')}>
        {decision.status === 'draft'
          ? '–'
          : ruleSummary({
              result,
              requiredCount: decision.requiredOrganisationIds.length,
              nameOf: directory.organisationName,
              t,
              language,
            })}
      </td>
    </tr>
  );
}
