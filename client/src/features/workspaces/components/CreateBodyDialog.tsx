// Add a group (steering group, reference group...) to a workspace.
import { bodyKindLabels, bodyKindSchema } from '@samverka/shared';
import type { BodyKind } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { uiLanguage } from '../../../lib/format';
import { useCreateBody } from '../api/workspacesApi';

export function CreateBodyDialog({
  workspaceId,
  open,
  onClose,
}: {
  workspaceId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('workspaces.bodies.createTitle')} onClose={onClose}>
      {open ? <CreateBodyForm workspaceId={workspaceId} onDone={onClose} /> : null}
    </Dialog>
  );
}

function CreateBodyForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const create = useCreateBody(workspaceId);
  const ids = { kind: useId(), name: useId() };
  const [kind, setKind] = useState<BodyKind>('steering_group');
  const [name, setName] = useState(bodyKindLabels.steering_group[language]);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem(t('workspaces.bodies.nameRequired'));
      return;
    }
    create.mutate(
      { name: name.trim(), kind },
      { onSuccess: onDone, onError: () => setProblem(t('errors.generic.advice')) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.kind}>{t('workspaces.bodies.kind')}</label>
        <select
          id={ids.kind}
          value={kind}
          onChange={(event) => {
            const next = bodyKindSchema.parse(event.target.value);
            // Keep a typed name; replace the suggested one.
            if (name === bodyKindLabels[kind][language]) setName(bodyKindLabels[next][language]);
            setKind(next);
          }}
        >
          {bodyKindSchema.options.map((option) => (
            <option key={option} value={option}>
              {bodyKindLabels[option][language]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('workspaces.bodies.name')}</label>
        <input id={ids.name} value={name} required onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('workspaces.bodies.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
