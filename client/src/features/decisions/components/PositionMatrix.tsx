/**
 * The matrix of organisations × positions: one row per required
 * organisation (row header), its latest position, reason, who recorded it
 * (and, when recorded on its behalf, who stated it in the meeting), when,
 * and its earlier positions behind a disclosure. A position given on
 * wording that has changed since is marked in words.
 */
import type { PositionView } from '@samverka/shared';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, uiLanguage } from '../../../lib/format';

function Recorder({ position }: { position: PositionView }) {
  const { t } = useTranslation();
  return position.onBehalf ? (
    <>
      {t('decisions.matrix.onBehalf', {
        who: position.recordedByName,
        statedBy: position.onBehalf.statedBy,
      })}
    </>
  ) : (
    <>{position.recordedByName}</>
  );
}

function Verdict({ position }: { position: PositionView | undefined }) {
  const { t } = useTranslation();
  if (!position) {
    return <span className="verdict verdict--none">{t('decisions.verdict.none')}</span>;
  }
  return (
    <>
      <span className={`verdict verdict--${position.verdict}`}>
        {t(`decisions.verdict.${position.verdict}`)}
      </span>
      {position.wordingChangedSince ? (
        <span className="drift-flag">
          <span aria-hidden="true">⚠ </span>
          {t('decisions.drift.positionStale')}
        </span>
      ) : null}
    </>
  );
}

export function PositionMatrix({
  organisations,
  positions,
  history,
  leadOrganisationId,
  organisationName,
}: {
  /** Rows: the required organisations, then any other that gave a position. */
  organisations: readonly string[];
  positions: readonly PositionView[];
  history: readonly PositionView[];
  leadOrganisationId: string | null;
  organisationName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [expanded, setExpanded] = useState<string | null>(null);
  const baseId = useId();
  const ofOrganisation = (id: string) => (entry: PositionView) =>
    entry.approver.kind === 'organisation' && entry.approver.organisationId === id;
  const column = {
    position: t('decisions.matrix.position'),
    reason: t('decisions.matrix.reason'),
    recordedBy: t('decisions.matrix.recordedBy'),
    when: t('decisions.matrix.when'),
    history: t('decisions.matrix.history'),
  };

  return (
    <table className="table table--stack position-matrix" data-testid="position-matrix">
      <caption>{t('decisions.matrix.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('decisions.matrix.organisation')}</th>
          <th scope="col">{column.position}</th>
          <th scope="col">{column.reason}</th>
          <th scope="col">{column.recordedBy}</th>
          <th scope="col">{column.when}</th>
          <th scope="col">{column.history}</th>
        </tr>
      </thead>
      <tbody>
        {organisations.map((organisationId) => {
          const latest = positions.find(ofOrganisation(organisationId));
          const earlier = history
            .filter(ofOrganisation(organisationId))
            .filter((entry) => entry.id !== latest?.id)
            .reverse();
          const name = organisationName(organisationId);
          const historyId = `${baseId}-${organisationId}`;
          const open = expanded === organisationId;
          return (
            <Fragment key={organisationId}>
              <tr data-organisation={name}>
                <th scope="row">
                  {name}
                  {organisationId === leadOrganisationId ? (
                    <span className="muted"> ({t('decisions.matrix.lead')})</span>
                  ) : null}
                </th>
                <td data-label={column.position}>
                  <Verdict position={latest} />
                </td>
                <td data-label={column.reason}>
                  {latest?.reason ?? t('decisions.matrix.noReason')}
                </td>
                <td data-label={column.recordedBy}>
                  {latest ? <Recorder position={latest} /> : t('decisions.matrix.noReason')}
                </td>
                <td data-label={column.when}>
                  {latest
                    ? formatDateTime(latest.recordedAt, language)
                    : t('decisions.matrix.noReason')}
                </td>
                <td data-label={column.history}>
                  {earlier.length === 0 ? (
                    <span className="muted">{t('decisions.matrix.noHistory')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-expanded={open}
                      aria-controls={historyId}
                      onClick={() => setExpanded(open ? null : organisationId)}
                    >
                      {open
                        ? t('decisions.matrix.hideHistory')
                        : t('decisions.matrix.showHistory', { count: earlier.length })}
                    </button>
                  )}
                </td>
              </tr>
              {earlier.length > 0 ? (
                <tr id={historyId} hidden={!open} className="position-matrix__history">
                  <td colSpan={6}>
                    <p className="position-matrix__history-title">
                      {t('decisions.matrix.historyFor', { organisation: name })}
                    </p>
                    <ol className="plain-list">
                      {earlier.map((entry) => (
                        <li key={entry.id}>
                          <time dateTime={entry.recordedAt}>
                            {formatDateTime(entry.recordedAt, language)}
                          </time>
                          {': '}
                          <Verdict position={entry} />
                          {entry.reason ? ` – ${entry.reason}` : ''} (<Recorder position={entry} />)
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
