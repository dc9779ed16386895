// Register a procurement: what it buys, when, roughly how big, whether social requirements
// were set (and why not), at which level, for which target groups, what was promised, who
// matches candidates and who supplies. Aggregate facts only, nothing about people.
import {
  procurementKindLabels,
  procurementKinds,
  requirementLevelLabels,
  targetGroupLabels,
  targetGroups,
  valueBandLabels,
  valueBands,
} from '@samverka/shared';
import type {
  CreateProcurementRequest,
  Organisation,
  ProcurementKind,
  ProcurementView,
  TargetGroup,
  ValueBand,
} from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { NumberField } from '../../../components/form/NumberField';
import { readNumber } from '../../../components/form/numberText';
import { uiLanguage } from '../../../lib/format';
import { useCreateProcurement, useUpdateProcurement } from '../api/methodApi';

const levels = ['dialogue', 'employment'] as const;

function optionalNumber(text: string): number | null | 'bad' {
  const value = readNumber(text);
  if (value === null) return null;
  return Number.isFinite(value) && value >= 0 ? value : 'bad';
}

export function ProcurementForm(props: {
  workspaceId: string;
  organisations: readonly Organisation[];
  /** Given: the form edits this procurement instead of registering a new one. */
  initial?: ProcurementView;
  onClose: () => void;
}) {
  const initial = props.initial;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const create = useCreateProcurement(props.workspaceId);
  const update = useUpdateProcurement(props.workspaceId);
  const saving = initial ? update : create;
  const [name, setName] = useState(initial?.name ?? '');
  const [category, setCategory] = useState(initial?.category ?? '');
  const [kind, setKind] = useState<ProcurementKind>(initial?.kind ?? 'service');
  const [periodStart, setPeriodStart] = useState(initial?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(initial?.periodEnd ?? '');
  const [valueBand, setValueBand] = useState<ValueBand>(initial?.valueBand ?? '1m_5m');
  const [social, setSocial] = useState(initial?.socialRequirements ?? true);
  const [reason, setReason] = useState(initial?.noRequirementsReason ?? '');
  const [level, setLevel] = useState<(typeof levels)[number]>(
    initial?.requirementLevel ?? 'employment',
  );
  const [groups, setGroups] = useState<TargetGroup[]>(initial?.targetGroups ?? []);
  const [promisedJobs, setPromisedJobs] = useState(
    initial?.promisedJobs == null ? '' : String(initial.promisedJobs),
  );
  const [promisedMonths, setPromisedMonths] = useState(
    initial?.promisedFullTimeMonths == null ? '' : String(initial.promisedFullTimeMonths),
  );
  const [matching, setMatching] = useState(initial?.matchingOrganisationId ?? '');
  const [supplierOrg, setSupplierOrg] = useState(
    initial?.supplier?.kind === 'organisation' ? initial.supplier.organisationId : '',
  );
  const [supplierName, setSupplierName] = useState(
    initial?.supplier?.kind === 'name' ? initial.supplier.name : '',
  );
  const [problem, setProblem] = useState<string | null>(null);
  const orgIds = ['', ...props.organisations.map((o) => o.id)];
  const orgLabel = (id: string) =>
    id === ''
      ? t('method.procurement.none')
      : (props.organisations.find((o) => o.id === id)?.name ?? id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const jobs = optionalNumber(promisedJobs);
    const months = optionalNumber(promisedMonths);
    if (jobs === 'bad' || months === 'bad') return setProblem(t('method.followUp.badFigure'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(periodStart))
      return setProblem(t('method.procurement.needStart'));
    setProblem(null);
    const body: CreateProcurementRequest = {
      name: name.trim(),
      category: category.trim(),
      kind,
      periodStart,
      periodEnd: periodEnd === '' ? null : periodEnd,
      valueBand,
      socialRequirements: social,
      noRequirementsReason: social ? null : reason.trim() || null,
      requirementLevel: social ? level : null,
      targetGroups: social ? groups : [],
      promisedJobs: social ? jobs : null,
      promisedFullTimeMonths: social ? months : null,
      matchingOrganisationId: matching === '' ? null : matching,
      supplier:
        supplierOrg !== ''
          ? { kind: 'organisation', organisationId: supplierOrg }
          : supplierName.trim() !== ''
            ? { kind: 'name', name: supplierName.trim() }
            : null,
    };
    if (initial) update.mutate({ id: initial.id, body }, { onSuccess: props.onClose });
    else create.mutate(body, { onSuccess: props.onClose });
  };

  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={
        initial
          ? t('method.procurement.editLabel', { name: initial.name })
          : t('method.procurement.create')
      }
    >
      <FormProblem
        message={problem ?? (saving.error ? t('method.procurement.saveFailed') : null)}
      />
      <TextField
        label={t('method.procurement.fields.name')}
        value={name}
        onChange={setName}
        required
        maxLength={200}
      />
      <TextField
        label={t('method.procurement.fields.category')}
        value={category}
        onChange={setCategory}
        maxLength={100}
      />
      <SelectField
        label={t('method.procurement.fields.kind')}
        value={kind}
        options={procurementKinds}
        optionLabel={(option) => procurementKindLabels[option][language]}
        onChange={setKind}
      />
      <TextField
        label={t('method.procurement.fields.start')}
        type="date"
        value={periodStart}
        onChange={setPeriodStart}
        required
      />
      <TextField
        label={t('method.procurement.fields.end')}
        type="date"
        value={periodEnd}
        onChange={setPeriodEnd}
      />
      <SelectField
        label={t('method.procurement.fields.valueBand')}
        value={valueBand}
        options={valueBands}
        optionLabel={(option) => valueBandLabels[option][language]}
        onChange={setValueBand}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={social}
          onChange={(event) => setSocial(event.target.checked)}
        />{' '}
        {t('method.procurement.fields.social')}
      </label>
      {social ? (
        <>
          <SelectField
            label={t('method.procurement.fields.level')}
            value={level}
            options={levels}
            optionLabel={(option) => requirementLevelLabels[option][language]}
            onChange={setLevel}
          />
          <fieldset className="fieldset">
            <legend>{t('method.procurement.fields.targetGroups')}</legend>
            {targetGroups.map((group) => (
              <label key={group} className="check">
                <input
                  type="checkbox"
                  checked={groups.includes(group)}
                  onChange={(event) =>
                    setGroups((g) =>
                      event.target.checked ? [...g, group] : g.filter((x) => x !== group),
                    )
                  }
                />{' '}
                {targetGroupLabels[group][language]}
              </label>
            ))}
          </fieldset>
          <NumberField
            label={t('method.procurement.fields.promisedJobs')}
            value={promisedJobs}
            onChange={setPromisedJobs}
          />
          <NumberField
            label={t('method.procurement.fields.promisedMonths')}
            decimals
            value={promisedMonths}
            onChange={setPromisedMonths}
          />
        </>
      ) : (
        <TextField
          label={t('method.procurement.fields.noRequirementsReason')}
          value={reason}
          onChange={setReason}
          maxLength={500}
        />
      )}
      <SelectField
        label={t('method.procurement.fields.matching')}
        value={matching}
        options={orgIds}
        optionLabel={orgLabel}
        onChange={setMatching}
      />
      <SelectField
        label={t('method.procurement.fields.supplierOrg')}
        value={supplierOrg}
        options={orgIds}
        optionLabel={orgLabel}
        onChange={setSupplierOrg}
      />
      {supplierOrg === '' ? (
        <TextField
          label={t('method.procurement.fields.supplierName')}
          value={supplierName}
          onChange={setSupplierName}
          maxLength={200}
        />
      ) : null}
      <FormActions
        submitLabel={t('method.procurement.save')}
        pending={saving.isPending}
        onCancel={props.onClose}
      />
    </form>
  );
}
