// Compare any two states: a version against another version or the current text.
import type { VersionView } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField } from '../../../components/form/fields';
import { formatDateTime } from '../../../lib/format';
import type { HistoryScreen } from '../lib/screens';

const CURRENT = 'current';

export function CompareForm({
  versions,
  go,
}: {
  versions: VersionView[];
  go: (screen: HistoryScreen) => void;
}) {
  const { t, i18n } = useTranslation();
  const ids = versions.map((version) => version.id);
  // Newest first: by default compare the newest version with the current text.
  const [from, setFrom] = useState(ids[0] ?? '');
  const [to, setTo] = useState<string>(CURRENT);
  const name = (id: string) => {
    if (id === CURRENT) return t('versions.current');
    const version = versions.find((candidate) => candidate.id === id);
    return version ? `${version.label} (${formatDateTime(version.createdAt, i18n.language)})` : id;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from) go({ kind: 'diff', versionId: from, against: to });
  };
  return (
    <form className="form history__compare" onSubmit={submit} aria-labelledby="compare-versions">
      <h3 id="compare-versions">{t('versions.compare.title')}</h3>
      <div className="history__compare-fields">
        <SelectField
          label={t('versions.compare.from')}
          value={from}
          options={ids}
          optionLabel={name}
          onChange={setFrom}
        />
        <SelectField
          label={t('versions.compare.to')}
          value={to}
          options={[CURRENT, ...ids.filter((id) => id !== from)]}
          optionLabel={name}
          onChange={setTo}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('versions.compare.submit')}
        </button>
      </div>
    </form>
  );
}
