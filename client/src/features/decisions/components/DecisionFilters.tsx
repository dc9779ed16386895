// The register's filters: which decisions (open, closed, awaiting my organisation…), type,
// document, body and a title search. A role=search landmark of labelled controls.
import { decisionTypeLabels, decisionTypes } from '@samverka/shared';
import type { Body, Document } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { decisionViews } from '../lib/decisionFilter';
import type { DecisionFilter } from '../lib/decisionFilter';

export function DecisionFilters({
  filter,
  onChange,
  documents,
  bodies,
}: {
  filter: DecisionFilter;
  onChange: (filter: DecisionFilter) => void;
  documents: Document[];
  bodies: Body[];
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const documentTitle = (id: string) => documents.find((d) => d.id === id)?.title ?? id;
  const bodyName = (id: string) => bodies.find((b) => b.id === id)?.name ?? id;
  return (
    <div className="filters" role="search" aria-label={t('decisions.filters.label')}>
      <SelectField
        label={t('decisions.filters.view')}
        value={filter.view}
        options={decisionViews}
        optionLabel={(view) => t(`decisions.filters.views.${view}`)}
        onChange={(view) => onChange({ ...filter, view })}
      />
      <SelectField
        label={t('decisions.filters.type')}
        value={filter.type}
        options={['all', ...decisionTypes] as const}
        optionLabel={(type) =>
          type === 'all' ? t('decisions.filters.allTypes') : decisionTypeLabels[type][language]
        }
        onChange={(type) => onChange({ ...filter, type })}
      />
      <SelectField
        label={t('decisions.filters.document')}
        value={filter.documentId}
        options={['all', ...documents.map((d) => d.id)]}
        optionLabel={(id) =>
          id === 'all' ? t('decisions.filters.allDocuments') : documentTitle(id)
        }
        onChange={(documentId) => onChange({ ...filter, documentId })}
      />
      <SelectField
        label={t('decisions.filters.body')}
        value={filter.bodyId}
        options={['all', ...bodies.map((b) => b.id)]}
        optionLabel={(id) => (id === 'all' ? t('decisions.filters.allBodies') : bodyName(id))}
        onChange={(bodyId) => onChange({ ...filter, bodyId })}
      />
      <TextField
        label={t('decisions.filters.text')}
        type="search"
        value={filter.text}
        onChange={(text) => onChange({ ...filter, text })}
      />
    </div>
  );
}
