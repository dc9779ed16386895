// What other features' screens show of decisions (kept apart from index.ts so the decision
// pages stay in their own chunk): the workspace home's list and the editor's slots.
import '../../styles/decisions.css';

export { AwaitingDecisions } from './components/AwaitingDecisions';
export { useEditorDecisions } from './hooks/useEditorDecisions';
