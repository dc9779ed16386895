// Search, status filter and sort order above the document list.
import { documentStatusLabels, documentStatuses } from '@samverka/shared';
import type { DocumentStatus } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '../../../components/form/fields';
import { uiLanguage } from '../../../lib/format';
import { documentSorts } from '../lib/documentFilter';
import type { DocumentFilter } from '../lib/documentFilter';

export function DocumentFilters({
  filter,
  onChange,
}: {
  filter: DocumentFilter;
  onChange: (filter: DocumentFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const statusOptions: readonly (DocumentStatus | 'all')[] = ['all', ...documentStatuses];
  return (
    <div className="filters" role="search">
      <TextField
        label={t('docAdmin.filterLabel')}
        type="search"
        value={filter.text}
        onChange={(text) => onChange({ ...filter, text })}
      />
      <SelectField
        label={t('docAdmin.statusFilter')}
        value={filter.status}
        options={statusOptions}
        optionLabel={(option) =>
          option === 'all' ? t('docAdmin.allStatuses') : documentStatusLabels[option][language]
        }
        onChange={(status) => onChange({ ...filter, status })}
      />
      <SelectField
        label={t('docAdmin.sortLabel')}
        value={filter.sort}
        options={documentSorts}
        optionLabel={(option) => t(`docAdmin.sort.${option}`)}
        onChange={(sort) => onChange({ ...filter, sort })}
      />
    </div>
  );
}
