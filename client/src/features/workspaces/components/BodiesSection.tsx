// The workspace's bodies (steering group, reference group...) with members grouped by organisation.
import { bodyKindLabels, roleLabels } from '@samverka/shared';
import type { Body, MemberView, Organisation } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/StatusViews';
import { compareSwedish, uiLanguage } from '../../../lib/format';
import { CreateBodyDialog } from './CreateBodyDialog';
import { OrganisationBadge } from './OrganisationBadge';

interface OrganisationGroup {
  organisation: Organisation;
  members: MemberView[];
}

function groupByOrganisation(
  members: MemberView[],
  organisations: Organisation[],
): OrganisationGroup[] {
  return organisations
    .map((organisation) => ({
      organisation,
      members: members
        .filter((member) => member.organisationId === organisation.id)
        .sort((a, b) => compareSwedish(a.user.name, b.user.name)),
    }))
    .filter((group) => group.members.length > 0);
}

function MembersByOrganisation({ groups }: { groups: OrganisationGroup[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  return (
    <ul className="org-groups">
      {groups.map(({ organisation, members }) => (
        <li
          key={organisation.id}
          className="org-group"
          style={{ borderColor: organisation.colour }}
        >
          <OrganisationBadge organisation={organisation} />
          <ul className="org-group__members">
            {members.map((member) => (
              <li key={member.id}>
                {/* A dash, not brackets: "Samordnare (administratör)" has its own. */}
                {member.user.name}{' '}
                <span className="muted">– {roleLabels[member.role][language]}</span>
                {member.mandate.speaksForOrganisation ? (
                  <span className="tag" title={member.mandate.reference ?? undefined}>
                    {t('workspaces.home.mandate')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function BodiesSection({
  workspaceId,
  bodies,
  members,
  organisations,
  canCreate,
}: {
  workspaceId: string;
  bodies: Body[];
  members: MemberView[];
  organisations: Organisation[];
  canCreate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [creating, setCreating] = useState(false);
  const outside = members.filter((member) => member.bodyIds.length === 0);
  return (
    <section className="section" aria-labelledby="bodies-heading">
      <div className="section__header">
        <h2 id="bodies-heading">{t('workspaces.home.bodies')}</h2>
        {canCreate ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('workspaces.bodies.open')}
          </button>
        ) : null}
      </div>
      {bodies.length === 0 ? (
        <>
          <EmptyState title={t('workspaces.home.noBodies')}>
            {canCreate ? t('workspaces.bodies.emptyCanCreate') : null}
          </EmptyState>
          <MembersByOrganisation groups={groupByOrganisation(members, organisations)} />
        </>
      ) : (
        <div className="body-grid">
          {bodies.map((body) => (
            <section key={body.id} className="body-card" aria-labelledby={`body-${body.id}`}>
              <h3 id={`body-${body.id}`}>{body.name}</h3>
              <p className="card__meta">
                {bodyKindLabels[body.kind][language] !== body.name
                  ? `${bodyKindLabels[body.kind][language]} · `
                  : null}
                {t(`workspaces.home.authority.${body.authority}`)}
              </p>
              <p>
                <Link
                  to={`/workspaces/${workspaceId}/bodies/${body.id}/meetings`}
                  aria-label={`${t('meetings.bodyLink')}: ${body.name}`}
                >
                  {t('meetings.bodyLink')}
                </Link>
              </p>
              <MembersByOrganisation
                groups={groupByOrganisation(
                  members.filter((member) => member.bodyIds.includes(body.id)),
                  organisations,
                )}
              />
            </section>
          ))}
          {outside.length > 0 ? (
            <section className="body-card" aria-labelledby="body-none">
              <h3 id="body-none">{t('workspaces.home.noBody')}</h3>
              <MembersByOrganisation groups={groupByOrganisation(outside, organisations)} />
            </section>
          ) : null}
        </div>
      )}
      <CreateBodyDialog
        workspaceId={workspaceId}
        open={creating}
        onClose={() => setCreating(false)}
      />
    </section>
  );
}
