/**
 * Record an organisation's position: for one's own organisation (with its
 * mandate), or, for the coordinator, on another organisation's behalf as its
 * representative stated it in a meeting ("framfört av"). A reason is
 * required for a rejection and for approval with reservation. Every save is
 * a new entry; the earlier ones stay in the history.
 */
import { approvalVerdicts, verdictsNeedingReason } from '@samverka/shared';
import type { ApprovalVerdict, RecordPositionRequest } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { useAnnounce } from '../../../components/LiveAnnouncer';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { useRecordPosition } from '../api/decisionsApi';

export function RecordPositionDialog({
  decisionId,
  organisations,
  onBehalf,
  organisationName,
  onClose,
}: {
  decisionId: string;
  /** The organisations to choose from (one when recording for one's own). */
  organisations: readonly string[];
  /** The coordinator recording for an organisation as stated in a meeting. */
  onBehalf: boolean;
  organisationName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const record = useRecordPosition(decisionId);
  const [organisationId, setOrganisationId] = useState(organisations[0] ?? '');
  const [position, setPosition] = useState<ApprovalVerdict>('approve');
  const [reason, setReason] = useState('');
  const [statedBy, setStatedBy] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const needsReason = verdictsNeedingReason.includes(position);
  const single = organisations.length === 1;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsReason && reason.trim() === '') return setProblem(t('decisions.record.reasonMissing'));
    if (onBehalf && statedBy.trim() === '')
      return setProblem(t('decisions.record.statedByMissing'));
    setProblem(null);
    const body: RecordPositionRequest = {
      position,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(onBehalf ? { onBehalf: { statedBy: statedBy.trim(), meetingId: null } } : {}),
    };
    record.mutate(
      { organisationId, body },
      {
        onSuccess: () => {
          announce(
            t('decisions.record.saved', {
              organisation: organisationName(organisationId),
              position: t(`decisions.verdict.${position}`),
            }),
          );
          onClose();
        },
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.isForbidden
              ? t('decisions.record.forbidden')
              : t('decisions.record.failed'),
          ),
      },
    );
  }

  return (
    <Dialog
      open
      title={
        onBehalf
          ? t('decisions.record.titleOnBehalf')
          : t('decisions.record.titleMine', { organisation: organisationName(organisationId) })
      }
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        {single ? null : (
          <SelectField
            label={t('decisions.record.organisation')}
            value={organisationId}
            options={organisations}
            optionLabel={organisationName}
            onChange={setOrganisationId}
          />
        )}
        <SelectField
          label={t('decisions.record.position')}
          value={position}
          options={approvalVerdicts}
          optionLabel={(verdict) => t(`decisions.verdict.${verdict}`)}
          onChange={setPosition}
        />
        <TextAreaField
          label={needsReason ? t('decisions.record.reasonRequired') : t('decisions.record.reason')}
          value={reason}
          onChange={setReason}
          rows={3}
          required={needsReason}
          aria-required={needsReason}
          maxLength={4000}
        />
        {onBehalf ? (
          <TextField
            label={t('decisions.record.statedBy')}
            hint={t('decisions.record.statedByHint')}
            value={statedBy}
            onChange={setStatedBy}
            required
            maxLength={200}
          />
        ) : null}
        <FormActions
          submitLabel={t('decisions.record.submit')}
          pending={record.isPending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
