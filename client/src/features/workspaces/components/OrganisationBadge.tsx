// An organisation's name with its stable colour swatch and kind label.
import { organisationKindLabels } from '@samverka/shared';
import type { Organisation } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { uiLanguage } from '../../../lib/format';

export function OrganisationBadge({ organisation }: { organisation: Organisation }) {
  const { i18n } = useTranslation();
  const kind = organisationKindLabels[organisation.kind][uiLanguage(i18n.language)];
  return (
    <span className="org-badge">
      <span
        className="org-badge__swatch"
        style={{ backgroundColor: organisation.colour }}
        aria-hidden="true"
      />
      {/* One text block, so a kind that wraps lines up under the name, not under the swatch. */}
      <span>
        <span className="org-badge__name">{organisation.name}</span>
        {/* "Arbetsförmedlingen (Arbetsförmedlingen)" says nothing new. */}
        {kind !== organisation.name ? (
          <>
            {' '}
            <span className="org-badge__kind">{kind}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
