// Public surface of the versions feature: the editor's "Historik" button. Everything behind
// it (the history dialog, diffs, restore, sign-off) is a separate chunk loaded on first click.
export { HistoryButton } from './components/HistoryButton';
export type { HistoryAccess } from './components/HistoryButton';
