/**
 * What stands in for the editor while its session opens and it is built: the
 * loading line, in a box as tall as the screen. The activity list below the
 * editor would otherwise show in that space and be pushed down when the
 * editor comes in (a layout shift people see as the page jumping).
 */
import { useTranslation } from 'react-i18next';

import { LoadingState } from '../../../components/StatusViews';

export function EditorPending() {
  const { t } = useTranslation();
  return (
    <div className="editor-pending">
      <LoadingState label={t('editor.loading')} />
    </div>
  );
}
