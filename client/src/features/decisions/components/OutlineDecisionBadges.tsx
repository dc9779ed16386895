// In the editor's outline, per section: how many decisions are about it (a link to the
// decision, or to the register when several) and, when its wording changed since, a marker.
import type { DocumentDecision } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function OutlineDecisionBadges({
  sectionId,
  heading,
  workspaceId,
  decisions,
}: {
  sectionId: string | null;
  heading: string;
  workspaceId: string;
  decisions: readonly DocumentDecision[];
}) {
  const { t } = useTranslation();
  if (!sectionId) return null;
  const about = decisions.filter((entry) =>
    entry.sections.some((section) => section.sectionId === sectionId),
  );
  if (about.length === 0) return null;
  const drifted = about.find((entry) =>
    entry.sections.some((section) => section.sectionId === sectionId && section.changed),
  );
  const target =
    about.length === 1
      ? `/decisions/${about[0]!.decision.id}`
      : `/workspaces/${workspaceId}/decisions`;
  return (
    <span className="outline-decisions" data-testid="outline-decisions">
      <Link
        to={target}
        className="tag"
        aria-label={t('decisions.editor.countLabel', { count: about.length, heading })}
      >
        {t('decisions.editor.count', { count: about.length })}
      </Link>
      {drifted ? (
        <Link
          to={`/decisions/${drifted.decision.id}`}
          className="drift-flag"
          aria-label={t('decisions.editor.driftMarkerLabel', {
            heading,
            title: drifted.decision.title,
          })}
        >
          <span aria-hidden="true">⚠ </span>
          {t('decisions.editor.driftMarker')}
        </Link>
      ) : null}
    </span>
  );
}
