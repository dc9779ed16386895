// An advisory body's statement on a decision: shown beside the positions, never counted.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { useAnnounce } from '../../../components/LiveAnnouncer';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextAreaField } from '../../../components/form/fields';
import { useAddStatement } from '../api/decisionsApi';

export function StatementDialog({
  decisionId,
  bodies,
  bodyName,
  onClose,
}: {
  decisionId: string;
  bodies: readonly string[];
  bodyName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const add = useAddStatement(decisionId);
  const [bodyId, setBodyId] = useState(bodies[0] ?? '');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setProblem(t('decisions.statement.missing'));
    setProblem(null);
    add.mutate(
      { bodyId, text: text.trim() },
      {
        onSuccess: () => {
          announce(t('decisions.statement.saved'));
          onClose();
        },
        onError: () => setProblem(t('decisions.statement.failed')),
      },
    );
  }

  return (
    <Dialog open title={t('decisions.statement.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        <SelectField
          label={t('decisions.statement.body')}
          value={bodyId}
          options={bodies}
          optionLabel={bodyName}
          onChange={setBodyId}
        />
        <TextAreaField
          label={t('decisions.statement.text')}
          value={text}
          onChange={setText}
          rows={5}
          required
        />
        <FormActions
          submitLabel={t('decisions.statement.submit')}
          pending={add.isPending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
