// Add an organisation, or change one's name, kind, colour and organisation number.
import {
  organisationKindColours,
  organisationKindLabels,
  organisationKinds,
  organisationNumberSchema,
} from '@samverka/shared';
import type { Organisation, OrganisationKind } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { SelectField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { useCreateOrganisation } from '../../workspaces';
import { useUpdateOrganisation } from '../api/administrationApi';

interface Props {
  workspaceId: string;
  /** The organisation to change; null adds a new one. */
  organisation: Organisation | null;
  open: boolean;
  onClose: () => void;
}

export function OrganisationDialog(props: Props) {
  const { t } = useTranslation();
  const title = props.organisation
    ? t('admin.organisations.editTitle', { name: props.organisation.name })
    : t('admin.organisations.createTitle');
  return (
    <Dialog open={props.open} title={title} onClose={props.onClose}>
      <OrganisationForm {...props} />
    </Dialog>
  );
}

function OrganisationForm({ workspaceId, organisation, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const create = useCreateOrganisation(workspaceId);
  const update = useUpdateOrganisation(workspaceId);
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<OrganisationKind>(organisation?.kind ?? 'idea_based');
  const [colour, setColour] = useState(organisation?.colour ?? organisationKindColours.idea_based);
  const [number, setNumber] = useState(organisation?.organisationNumber ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('admin.organisations.nameRequired'));
    const trimmedNumber = number.trim();
    if (trimmedNumber !== '' && !organisationNumberSchema.safeParse(trimmedNumber).success) {
      return setProblem(t('admin.organisations.invalidNumber'));
    }
    setProblem(null);
    const onError = () => setProblem(t('admin.failed'));
    if (organisation) {
      update.mutate(
        {
          id: organisation.id,
          body: {
            name: name.trim(),
            kind,
            colour,
            organisationNumber: trimmedNumber === '' ? null : trimmedNumber,
          },
        },
        { onSuccess: onClose, onError },
      );
    } else {
      create.mutate(
        {
          name: name.trim(),
          kind,
          colour,
          ...(trimmedNumber !== '' && { organisationNumber: trimmedNumber }),
        },
        { onSuccess: onClose, onError },
      );
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField label={t('admin.organisations.name')} value={name} required onChange={setName} />
      <SelectField
        label={t('admin.organisations.kind')}
        value={kind}
        options={organisationKinds}
        optionLabel={(option) => organisationKindLabels[option][language]}
        onChange={(next) => {
          // Follow the kind's colour unless one was picked by hand.
          if (colour === organisationKindColours[kind]) setColour(organisationKindColours[next]);
          setKind(next);
        }}
      />
      <TextField
        label={t('admin.organisations.colour')}
        hint={t('admin.organisations.colourHint')}
        type="color"
        className="colour-input"
        value={colour}
        onChange={setColour}
      />
      <TextField
        label={t('admin.organisations.number')}
        hint={t('admin.organisations.numberHint')}
        inputMode="numeric"
        value={number}
        onChange={setNumber}
      />
      <FormActions
        submitLabel={t('admin.organisations.submit')}
        pending={create.isPending || update.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
