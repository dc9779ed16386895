// My personal API tokens: create one (its secret is shown once, with a copy button), see when
// each expires, revoke.
import type { ApiToken } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { TextField } from '../../../components/form/fields';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useMyTokens, useRevokeToken } from '../api/profileApi';
import { isExpired } from '../lib/tokenExpiry';
import { CreateTokenForm } from './CreateTokenForm';

function NewTokenSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form notice notice--success">
      <TextField
        label={t('profile.tokens.secret')}
        hint={t('profile.tokens.secretHint')}
        readOnly
        value={secret}
        data-testid="new-token-secret"
        onFocus={(event) => event.target.select()}
      />
      <div className="form__actions">
        <CopyButton
          text={secret}
          label={t('profile.tokens.copy')}
          copiedMessage={t('profile.tokens.copied')}
          failedMessage={t('profile.tokens.copyFailed')}
        />
        <button type="button" className="button" onClick={onDone}>
          {t('profile.tokens.hideSecret')}
        </button>
      </div>
    </div>
  );
}

export function TokensSection() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const tokens = useMyTokens();
  const revoke = useRevokeToken();
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const columns = {
    prefix: t('profile.tokens.columns.prefix'),
    created: t('profile.tokens.columns.created'),
    lastUsed: t('profile.tokens.columns.lastUsed'),
    expires: t('profile.tokens.columns.expires'),
  };
  const now = new Date();

  return (
    <section className="section" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('profile.tokens.title')}</h2>
      <p>{t('profile.tokens.lead')}</p>
      {secret ? (
        <NewTokenSecret secret={secret} onDone={() => setSecret(null)} />
      ) : (
        <CreateTokenForm onCreated={(created) => setSecret(created.secret)} />
      )}
      {tokens.error ? (
        <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : !tokens.data ? (
        <LoadingState />
      ) : tokens.data.tokens.length === 0 ? (
        <p className="muted">{t('profile.tokens.none')}</p>
      ) : (
        <table className="table table--stack">
          <caption className="visually-hidden">{t('profile.tokens.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.tokens.columns.name')}</th>
              <th scope="col">{columns.prefix}</th>
              <th scope="col">{columns.created}</th>
              <th scope="col">{columns.lastUsed}</th>
              <th scope="col">{columns.expires}</th>
              <th scope="col">
                <span className="visually-hidden">{t('profile.tokens.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td data-label={columns.prefix}>
                  <code>{token.prefix}…</code>
                </td>
                <td data-label={columns.created}>{formatDateTime(token.createdAt, language)}</td>
                <td data-label={columns.lastUsed}>
                  {token.lastUsedAt
                    ? formatDateTime(token.lastUsedAt, language)
                    : t('profile.tokens.never')}
                </td>
                <td data-label={columns.expires}>
                  {token.expiresAt ? (
                    <>
                      {formatDateTime(token.expiresAt, language)}{' '}
                      {isExpired(token.expiresAt, now) ? (
                        <span className="badge badge--warning">{t('profile.tokens.expired')}</span>
                      ) : null}
                    </>
                  ) : (
                    t('profile.tokens.noExpiry')
                  )}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--danger button--small"
                    onClick={() => setRevoking(token)}
                  >
                    {t('profile.tokens.revoke')}
                    <span className="visually-hidden"> {token.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('profile.tokens.revokeTitle')}
        message={t('profile.tokens.confirmRevoke', { name: revoking?.name ?? '' })}
        confirmLabel={t('profile.tokens.revoke')}
        pending={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) });
        }}
        onClose={() => setRevoking(null)}
      />
    </section>
  );
}
