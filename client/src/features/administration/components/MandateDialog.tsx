// Give or withdraw a member's mandate to speak for their organisation, with its basis.
import type { MemberView } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { useUpdateMember } from '../../members';

interface Props {
  workspaceId: string;
  member: MemberView | null;
  organisationName: string;
  onClose: () => void;
}

export function MandateDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.member !== null}
      title={t('admin.mandates.dialogTitle', { name: props.member?.user.name ?? '' })}
      onClose={props.onClose}
    >
      {props.member ? <MandateForm {...props} member={props.member} /> : null}
    </Dialog>
  );
}

function MandateForm({
  workspaceId,
  member,
  organisationName,
  onClose,
}: Props & { member: MemberView }) {
  const { t } = useTranslation();
  const update = useUpdateMember(workspaceId);
  const [speaks, setSpeaks] = useState(member.mandate.speaksForOrganisation);
  const [reference, setReference] = useState(member.mandate.reference ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const trimmed = reference.trim();
    update.mutate(
      {
        memberId: member.id,
        body: {
          mandate: {
            speaksForOrganisation: speaks,
            // A withdrawn mandate keeps no basis.
            reference: speaks && trimmed !== '' ? trimmed : null,
          },
        },
      },
      { onSuccess: onClose, onError: () => setProblem(t('admin.failed')) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <label className="check">
        <input
          type="checkbox"
          checked={speaks}
          onChange={(event) => setSpeaks(event.target.checked)}
        />
        {t('admin.mandates.speaks', { organisation: organisationName })}
      </label>
      {speaks ? (
        <TextField
          label={t('admin.mandates.referenceLabel')}
          hint={t('admin.mandates.referenceHint')}
          maxLength={500}
          value={reference}
          onChange={setReference}
        />
      ) : null}
      <FormActions
        submitLabel={t('admin.mandates.submit')}
        pending={update.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
