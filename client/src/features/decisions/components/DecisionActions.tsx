/**
 * What the caller may do on a decision, from the abilities the server sent
 * with it: give their organisation's position, record one on an
 * organisation's behalf, add an advisory statement, edit, open, close or
 * withdraw. Each opens its dialog; nothing is shown that would be refused.
 */
import type { DecisionView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/LiveAnnouncer';
import { useOpenDecision } from '../api/decisionsApi';
import type { WorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import { CloseDecisionDialog } from './CloseDecisionDialog';
import { DecisionFormDialog } from './DecisionFormDialog';
import { RecordPositionDialog } from './RecordPositionDialog';
import { StatementDialog } from './StatementDialog';

type OpenDialog =
  | { kind: 'mine'; organisationId: string }
  | { kind: 'onBehalf' }
  | { kind: 'statement' }
  | { kind: 'edit' }
  | { kind: 'close' }
  | { kind: 'withdraw' };

export function DecisionActions({
  view,
  directory,
  resultInWords,
}: {
  view: DecisionView;
  directory: WorkspaceDirectory;
  resultInWords: string;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { decision, abilities } = view;
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openDecision = useOpenDecision(decision.id);
  const isOpen = decision.status === 'open';
  const live = decision.status === 'draft' || isOpen;
  const close = () => setDialog(null);
  const myOrganisationId = directory.workspace.membership.organisationId;
  const onBehalfOrganisations = decision.requiredOrganisationIds;

  const buttons = [
    ...(isOpen
      ? abilities.recordFor.map((organisationId) => (
          <button
            key={`mine-${organisationId}`}
            type="button"
            className="button"
            onClick={() => setDialog({ kind: 'mine', organisationId })}
          >
            {t('decisions.actions.recordMine', {
              organisation: directory.organisationName(organisationId),
            })}
          </button>
        ))
      : []),
    isOpen && abilities.recordOnBehalf ? (
      <button
        key="onBehalf"
        type="button"
        className="button button--secondary"
        onClick={() => setDialog({ kind: 'onBehalf' })}
      >
        {t('decisions.actions.recordOnBehalf')}
      </button>
    ) : null,
    live && abilities.statementFor.length > 0 ? (
      <button
        key="statement"
        type="button"
        className="button button--secondary"
        onClick={() => setDialog({ kind: 'statement' })}
      >
        {t('decisions.actions.addStatement')}
      </button>
    ) : null,
    abilities.open && decision.status === 'draft' ? (
      <button
        key="open"
        type="button"
        className="button"
        disabled={openDecision.isPending}
        onClick={() => {
          setProblem(null);
          openDecision.mutate(undefined, {
            onSuccess: () => announce(t('decisions.actions.opened')),
            onError: () => setProblem(t('decisions.actions.failed')),
          });
        }}
      >
        {t('decisions.actions.open')}
      </button>
    ) : null,
    abilities.edit && live ? (
      <button
        key="edit"
        type="button"
        className="button button--secondary"
        onClick={() => setDialog({ kind: 'edit' })}
      >
        {t('decisions.actions.edit')}
      </button>
    ) : null,
    abilities.close && isOpen ? (
      <button
        key="close"
        type="button"
        className="button"
        onClick={() => setDialog({ kind: 'close' })}
      >
        {t('decisions.actions.close')}
      </button>
    ) : null,
    abilities.close && live ? (
      <button
        key="withdraw"
        type="button"
        className="button button--danger"
        onClick={() => setDialog({ kind: 'withdraw' })}
      >
        {t('decisions.actions.withdraw')}
      </button>
    ) : null,
  ].filter((button) => button !== null);

  const mineExplanation =
    isOpen && abilities.recordFor.length === 0 && !abilities.recordOnBehalf
      ? decision.requiredOrganisationIds.includes(myOrganisationId)
        ? t('decisions.actions.noMandate')
        : t('decisions.actions.notRequired')
      : null;

  return (
    <div className="decision-actions">
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {buttons.length > 0 ? (
        <div
          className="decision-actions__buttons"
          role="group"
          aria-label={t('decisions.actions.label')}
        >
          {buttons}
        </div>
      ) : null}
      {mineExplanation ? <p className="muted">{mineExplanation}</p> : null}
      {dialog?.kind === 'mine' || dialog?.kind === 'onBehalf' ? (
        <RecordPositionDialog
          decisionId={decision.id}
          organisations={dialog.kind === 'mine' ? [dialog.organisationId] : onBehalfOrganisations}
          onBehalf={dialog.kind === 'onBehalf'}
          organisationName={directory.organisationName}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'statement' ? (
        <StatementDialog
          decisionId={decision.id}
          bodies={abilities.statementFor}
          bodyName={directory.bodyName}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <DecisionFormDialog directory={directory} editing={decision} onClose={close} />
      ) : null}
      {dialog?.kind === 'close' || dialog?.kind === 'withdraw' ? (
        <CloseDecisionDialog
          decisionId={decision.id}
          title={decision.title}
          mode={dialog.kind}
          result={view.result}
          resultInWords={resultInWords}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
