/**
 * A version's sign-off page: put it forward, which parties have approved it
 * (name, title, date, bound to the version's content hash), and for a
 * mandate holder the form that records "godkänt för <organisation>". Says
 * plainly that this is not a qualified electronic signature.
 */
import type { SignoffParty } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime } from '../../../lib/format';
import { usePutForward, useSignoffs, useVersionContent } from '../api/versionsApi';
import type { HistoryAccess } from './HistoryButton';
import { SignoffForm } from './SignoffForm';

export function SignoffPage({
  access,
  versionId,
  announce,
}: {
  access: HistoryAccess;
  versionId: string;
  announce: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const signoffs = useSignoffs(versionId);
  const version = useVersionContent(versionId);
  const putForward = usePutForward(access.documentId, versionId);
  const error = (signoffs.error && !signoffs.data) || (version.error && !version.data);
  if (error) return <ErrorState error={error} onRetry={() => void signoffs.refetch()} />;
  if (!signoffs.data || !version.data) return <LoadingState label={t('versions.loading')} />;
  const { parties, signoffRequest, contentHash, callerMaySignFor } = signoffs.data;
  const label = version.data.version.label;
  const signingFor = parties.find(
    (party) => party.organisationId === callerMaySignFor && party.signoff === null,
  );
  return (
    <section className="history__signoff" aria-labelledby="signoff-heading">
      <h3 id="signoff-heading">{t('versions.signoff.title', { label })}</h3>
      <p className="notice notice--warning">{t('versions.signoff.notQualified')}</p>
      <p className="history__hash">
        {t('versions.signoff.hash')}: <code data-testid="signoff-hash">{contentHash}</code>
      </p>
      {signoffRequest ? (
        <p>
          {t('versions.signoff.putForwardBy', {
            time: formatDateTime(signoffRequest.requestedAt, i18n.language),
            name: signoffRequest.requestedByName,
          })}
        </p>
      ) : (
        <div className="history__actions">
          <p>{t('versions.signoff.notPutForward')}</p>
          {access.canPutForward ? (
            <button
              type="button"
              className="button button--small"
              disabled={putForward.isPending}
              onClick={() => putForward.mutate()}
            >
              {t('versions.signoff.putForward')}
            </button>
          ) : null}
        </div>
      )}
      <h4>{t('versions.signoff.parties')}</h4>
      <ul className="signoff-parties">
        {parties.map((party) => (
          <PartyRow key={party.organisationId} party={party} />
        ))}
      </ul>
      {signoffRequest && signingFor ? (
        <SignoffForm
          versionId={versionId}
          organisation={{ id: signingFor.organisationId, name: signingFor.organisationName }}
          myName={access.myName}
          announce={announce}
        />
      ) : null}
    </section>
  );
}

function PartyRow({ party }: { party: SignoffParty }) {
  const { t, i18n } = useTranslation();
  const { signoff } = party;
  return (
    <li className="signoff-parties__item" data-testid="signoff-party">
      <span className="signoff-parties__name">{party.organisationName}</span>
      {signoff ? (
        <span className="signoff-parties__status signoff-parties__status--signed">
          <strong>
            <span aria-hidden="true">✓ </span>
            {t('versions.signoff.signed', { organisation: party.organisationName })}
          </strong>{' '}
          {(() => {
            const name = signoff.signatory?.name ?? signoff.recordedByName;
            const time = formatDateTime(signoff.recordedAt, i18n.language);
            const title = signoff.signatory?.title;
            return title
              ? t('versions.signoff.signedBy', { name, title, time })
              : t('versions.signoff.signedByNoTitle', { name, time });
          })()}
          {signoff.matchesVersion ? null : (
            <strong className="signoff-parties__mismatch">
              {' '}
              {t('versions.signoff.hashMismatch')}
            </strong>
          )}
        </span>
      ) : (
        <span className="signoff-parties__status">{t('versions.signoff.notSigned')}</span>
      )}
    </li>
  );
}
