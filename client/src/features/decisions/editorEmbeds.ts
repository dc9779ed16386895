// What the document editor shows of decisions: its outline badges and the tools above the text.
import '../../styles/decisions.css';

export { useEditorDecisions } from './hooks/useEditorDecisions';
