/**
 * The document's history: save a version, the list of versions, and per
 * version its read-only content, a diff against another version or the
 * current text (with who wrote each insertion), restore (whole or one
 * section) and its sign-off page. One screen at a time, with a way back.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import '../../../styles/editor.css';
import '../../../styles/versions.css';
import { Dialog } from '../../../components/Dialog';
import type { HistoryScreen } from '../lib/screens';
import type { HistoryAccess } from './HistoryButton';
import { HistoryList } from './HistoryList';
import { SignoffPage } from './SignoffPage';
import { VersionDiffView } from './VersionDiffView';
import { VersionView } from './VersionView';

export function HistoryDialog(props: HistoryAccess & { onClose: () => void }) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<HistoryScreen>({ kind: 'list' });
  const [outcome, setOutcome] = useState('');
  const go = (next: HistoryScreen) => {
    setOutcome('');
    setScreen(next);
  };
  const back = () => go({ kind: 'list' });
  return (
    <Dialog open title={t('versions.title', { title: props.title })} onClose={props.onClose}>
      <div className="history">
        <div role="status" className="history__status">
          {outcome ? <p className="notice notice--success">{outcome}</p> : null}
        </div>
        {screen.kind === 'list' ? (
          <HistoryList access={props} go={go} announce={setOutcome} />
        ) : (
          <>
            <button type="button" className="button button--secondary button--small" onClick={back}>
              <span aria-hidden="true">← </span>
              {t('versions.back')}
            </button>
            {screen.kind === 'view' ? (
              <VersionView
                access={props}
                versionId={screen.versionId}
                go={go}
                announce={setOutcome}
              />
            ) : screen.kind === 'diff' ? (
              <VersionDiffView
                access={props}
                versionId={screen.versionId}
                against={screen.against}
                announce={setOutcome}
              />
            ) : (
              <SignoffPage access={props} versionId={screen.versionId} announce={setOutcome} />
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
