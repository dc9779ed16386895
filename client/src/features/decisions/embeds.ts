// The workspace home's list of decisions awaiting my organisation (kept apart from index.ts
// so the decision pages stay in their own chunk, and from editorEmbeds.ts so the workspace
// pages do not load the editor's libraries).
import '../../styles/decisions.css';

export { AwaitingDecisions } from './components/AwaitingDecisions';
