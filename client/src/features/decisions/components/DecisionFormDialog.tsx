/**
 * Create a decision (a draft) or edit one. Opened from the register, from
 * the editor with the document and section filled in, or from a decision
 * page to edit it. An open decision may change only its title, deadline and
 * advisory bodies (positions are bound to the rest), so the other fields
 * are shown but disabled.
 */
import { decisionTypeLabels, decisionTypes } from '@samverka/shared';
import type { Decision, DecisionRule } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useCreateDecision, useUpdateDecision } from '../api/decisionsApi';
import type { WorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import {
  createRequest,
  decidingBodyOptions,
  formProblem,
  initialFormState,
  organisationsInBody,
  ruleKinds,
} from '../lib/decisionForm';
import type { DecisionFormState, SectionChoice } from '../lib/decisionForm';
import { CheckGroup } from './CheckGroup';

export function DecisionFormDialog({
  directory,
  editing,
  subject,
  onClose,
  onSaved,
}: {
  directory: WorkspaceDirectory;
  editing?: Decision;
  /** From the editor: the document, the sections to choose from and those chosen. */
  subject?: { documentId: string; choices: SectionChoice[]; sectionIds: string[]; title?: string };
  onClose: () => void;
  onSaved?: (decisionId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const workspaceId = directory.workspace.workspace.id;
  const [state, setState] = useState<DecisionFormState>(() =>
    initialFormState({
      bodies: directory.bodies,
      members: directory.members,
      editing,
      subject,
    }),
  );
  const [requiredTouched, setRequiredTouched] = useState(editing !== undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateDecision(workspaceId);
  const update = useUpdateDecision(editing?.id ?? '');
  const draft = !editing || editing.status === 'draft';
  const set = (patch: Partial<DecisionFormState>) =>
    setState((current) => ({ ...current, ...patch }));
  const sectionChoices: SectionChoice[] =
    subject?.choices ??
    editing?.subject?.sections.map(({ sectionId, heading }) => ({ sectionId, heading })) ??
    [];
  const documentTitle = directory.documents.find((d) => d.id === state.documentId)?.title;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = formProblem(state);
    if (found) {
      setProblem(t(`decisions.form.${found}`));
      return;
    }
    setProblem(null);
    const request = createRequest(state);
    const done = {
      onSuccess: (response: { decision: { decision: { id: string } } }) => {
        onClose();
        onSaved?.(response.decision.decision.id);
      },
      onError: () => setProblem(t('decisions.form.failed')),
    };
    if (!editing) {
      create.mutate(request, done);
    } else if (draft) {
      update.mutate(request, done);
    } else {
      const { title, deadline, advisoryBodyIds } = request;
      update.mutate({ title, deadline, advisoryBodyIds }, done);
    }
  }

  const organisationOptions = directory.organisations.map((org) => ({
    id: org.id,
    label: org.name,
  }));
  return (
    <Dialog
      open
      title={t(editing ? 'decisions.form.editTitle' : 'decisions.form.createTitle')}
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        <TextField
          label={t('decisions.form.title')}
          value={state.title}
          onChange={(title) => set({ title })}
          required
          maxLength={300}
        />
        {/* Positions are bound to these: they change only while the decision is a draft. */}
        <fieldset className="fieldset--plain form" disabled={!draft}>
          <SelectField
            label={t('decisions.form.type')}
            value={state.type}
            options={decisionTypes}
            optionLabel={(type) => decisionTypeLabels[type][language]}
            onChange={(type) => set({ type })}
          />
          <TextAreaField
            label={t('decisions.form.proposal')}
            value={state.proposal}
            onChange={(proposal) => set({ proposal })}
            rows={4}
          />
          {documentTitle && sectionChoices.length > 0 ? (
            <CheckGroup
              legend={`${t('decisions.form.sections')} (${documentTitle})`}
              hint={t('decisions.form.sectionsHint')}
              options={sectionChoices.map((s) => ({ id: s.sectionId, label: s.heading || '—' }))}
              selected={state.sectionIds}
              onChange={(sectionIds) => set({ sectionIds })}
            />
          ) : !editing ? (
            <p className="field__hint">{t('decisions.form.sectionsFromEditor')}</p>
          ) : null}
          {directory.bodies.length === 0 ? (
            <p className="notice notice--warning">{t('decisions.form.bodyMissing')}</p>
          ) : (
            <SelectField
              label={t('decisions.form.body')}
              value={state.bodyId}
              options={decidingBodyOptions(directory.bodies).map((body) => body.id)}
              optionLabel={directory.bodyName}
              onChange={(bodyId) =>
                set({
                  bodyId,
                  ...(requiredTouched
                    ? {}
                    : { requiredOrganisationIds: organisationsInBody(directory.members, bodyId) }),
                })
              }
            />
          )}
          <SelectField<DecisionRule['kind']>
            label={t('decisions.form.rule')}
            value={state.ruleKind}
            options={ruleKinds}
            optionLabel={(kind) => t(`decisions.rule.${kind}`)}
            onChange={(ruleKind) => set({ ruleKind })}
            hint={t(`decisions.rule.explain.${state.ruleKind}`, {
              lead: state.leadOrganisationId
                ? directory.organisationName(state.leadOrganisationId)
                : t('decisions.form.lead'),
            })}
          />
          {state.ruleKind === 'lead_authority_after_consultation' ? (
            <SelectField
              label={t('decisions.form.lead')}
              value={state.leadOrganisationId}
              options={['', ...directory.organisations.map((org) => org.id)]}
              optionLabel={(id) => (id === '' ? '—' : directory.organisationName(id))}
              onChange={(leadOrganisationId) => set({ leadOrganisationId })}
            />
          ) : null}
          <CheckGroup
            legend={t('decisions.form.required')}
            hint={t('decisions.form.requiredHint')}
            options={organisationOptions}
            selected={state.requiredOrganisationIds}
            onChange={(requiredOrganisationIds) => {
              setRequiredTouched(true);
              set({ requiredOrganisationIds });
            }}
          />
        </fieldset>
        <CheckGroup
          legend={t('decisions.form.advisory')}
          options={directory.bodies
            .filter((body) => body.id !== state.bodyId)
            .map((body) => ({ id: body.id, label: body.name }))}
          selected={state.advisoryBodyIds}
          onChange={(advisoryBodyIds) => set({ advisoryBodyIds })}
        />
        <TextField
          label={t('decisions.form.deadline')}
          type="date"
          value={state.deadline}
          onChange={(deadline) => set({ deadline })}
        />
        <FormActions
          submitLabel={t(editing ? 'decisions.form.submitEdit' : 'decisions.form.submitCreate')}
          pending={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
