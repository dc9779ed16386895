// A decision's status as a tag: words first, colour only as a second cue.
import type { DecisionStatus } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`decision-status decision-status--${status}`}>
      {t(`decisions.status.${status}`)}
    </span>
  );
}
