// A workspace's progress in its process, for the workspace list: "3 av 8 steg klara" with a
// bar, the words carrying the meaning (the bar only repeats them).
import { useTranslation } from 'react-i18next';

import { useProcess } from '../api/methodApi';
import '../method.css';

export function ProcessProgress({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const process = useProcess(workspaceId);
  const progress = process.data?.progress;
  if (!progress || progress.applicable === 0) return null;
  const current = process.data?.steps.find((step) => step.id === progress.currentStepId);
  const percent = Math.round((progress.done / progress.applicable) * 100);
  return (
    <div className="progress-line">
      <p className="card__meta">
        {t('method.process.progress', { done: progress.done, total: progress.applicable })}
        {current ? ` · ${t('method.process.current', { step: current.title })}` : ''}
      </p>
      <span className="progress-bar" aria-hidden="true">
        <span className="progress-bar__fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
