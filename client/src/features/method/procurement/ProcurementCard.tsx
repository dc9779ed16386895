// One procurement: its facts, promised against realised, and its follow-up per quarter.
import {
  procurementKindLabels,
  requirementLevelLabels,
  targetGroupLabels,
  valueBandLabels,
} from '@samverka/shared';
import type { Organisation, ProcurementView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { numberText, uiLanguage } from '../../../lib/format';
import { useDeleteProcurement } from '../api/methodApi';
import { figureLabel } from '../lib/numbers';
import { FollowUpSection } from './FollowUpSection';
import { ProcurementForm } from './ProcurementForm';

export function ProcurementCard(props: {
  workspaceId: string;
  procurement: ProcurementView;
  organisations: readonly Organisation[];
  canEdit: boolean;
}) {
  const { procurement: p } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const orgName = (id: string | null) =>
    props.organisations.find((o) => o.id === id)?.name ?? t('method.procurement.none');
  const supplier =
    p.supplier === null
      ? t('method.procurement.none')
      : p.supplier.kind === 'name'
        ? p.supplier.name
        : orgName(p.supplier.organisationId);
  const promised = (value: number | null) =>
    value === null ? t('method.procurement.none') : numberText(value, language);
  const headingId = `procurement-${p.id}`;
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useDeleteProcurement(props.workspaceId);
  return (
    <article className="criterion" aria-labelledby={headingId}>
      <div className="criterion__head">
        <h3 className="criterion__title" id={headingId}>
          {p.name}
        </h3>
        <span className={`status-tag status-tag--${p.socialRequirements ? 'done' : 'not_started'}`}>
          {p.socialRequirements
            ? p.requirementLevel
              ? requirementLevelLabels[p.requirementLevel][language]
              : t('method.procurement.withRequirements')
            : t('method.procurement.withoutRequirements')}
        </span>
      </div>
      <dl className="facts procurement-facts">
        <dt>{t('method.procurement.fields.kind')}</dt>
        <dd>
          {procurementKindLabels[p.kind][language]}
          {p.category ? ` · ${p.category}` : ''}
        </dd>
        <dt>{t('method.procurement.fields.period')}</dt>
        <dd>
          {p.periodStart} – {p.periodEnd ?? t('method.procurement.openEnded')}
        </dd>
        <dt>{t('method.procurement.fields.valueBand')}</dt>
        <dd>{valueBandLabels[p.valueBand][language]}</dd>
        {!p.socialRequirements && p.noRequirementsReason ? (
          <>
            <dt>{t('method.procurement.fields.noRequirementsReason')}</dt>
            <dd>{p.noRequirementsReason}</dd>
          </>
        ) : null}
        {p.targetGroups.length > 0 ? (
          <>
            <dt>{t('method.procurement.fields.targetGroups')}</dt>
            <dd>{p.targetGroups.map((g) => targetGroupLabels[g][language]).join(', ')}</dd>
          </>
        ) : null}
        <dt>{t('method.procurement.fields.supplier')}</dt>
        <dd>{supplier}</dd>
        <dt>{t('method.procurement.fields.matching')}</dt>
        <dd>{orgName(p.matchingOrganisationId)}</dd>
        <dt>{t('method.procurement.jobs')}</dt>
        <dd>
          {t('method.procurement.promisedRealised', {
            promised: promised(p.promisedJobs),
            realised: figureLabel(p.realised.jobsStarted, language),
          })}
        </dd>
        <dt>{t('method.procurement.months')}</dt>
        <dd>
          {t('method.procurement.promisedRealised', {
            promised: promised(p.promisedFullTimeMonths),
            realised: figureLabel(p.realised.fullTimeMonths, language),
          })}
        </dd>
      </dl>
      {props.canEdit && !editing ? (
        <div className="method-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing(true)}
          >
            {t('method.procurement.edit', { name: p.name })}
          </button>
          <button
            type="button"
            className="button button--danger button--small"
            onClick={() => setRemoving(true)}
          >
            {t('method.procurement.remove', { name: p.name })}
          </button>
        </div>
      ) : null}
      {editing ? (
        <ProcurementForm
          workspaceId={props.workspaceId}
          organisations={props.organisations}
          initial={p}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <ConfirmDialog
        open={removing}
        title={t('method.procurement.removeTitle')}
        message={t('method.procurement.confirmRemove', { name: p.name })}
        confirmLabel={t('method.procurement.removeConfirm')}
        pending={remove.isPending}
        problem={remove.error ? t('method.procurement.removeFailed') : null}
        onConfirm={() => remove.mutate(p.id, { onSuccess: () => setRemoving(false) })}
        onClose={() => {
          remove.reset();
          setRemoving(false);
        }}
      />
      {p.ownFigures ? <p className="card__meta">{t('method.procurement.ownFigures')}</p> : null}
      {p.socialRequirements ? (
        <FollowUpSection
          workspaceId={props.workspaceId}
          procurementId={p.id}
          procurementName={p.name}
          canEdit={props.canEdit}
        />
      ) : null}
    </article>
  );
}
