/**
 * The "Historik" button of the editor toolbar. The history dialog and all it
 * needs load as their own chunk on first click (preloaded on hover/focus),
 * so the editor's first load does not pay for it.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface HistoryAccess {
  documentId: string;
  title: string;
  /** The caller's abilities on the document. */
  canSave: boolean;
  canRestore: boolean;
  canPutForward: boolean;
  /** Prefills the sign-off form. */
  myName: string;
}

const loadDialog = () => import('./HistoryDialog');
const HistoryDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.HistoryDialog })),
);

export function HistoryButton(props: HistoryAccess) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="editor__find-open editor__history-open"
        aria-haspopup="dialog"
        onMouseEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        {t('versions.open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <HistoryDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
