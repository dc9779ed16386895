/**
 * What the editor shows of decisions, as the two slots CollaborativeEditor
 * offers: per-section badges in the outline (count, drift marker) and tools
 * above the text (propose a decision on this clause, the live drift banner).
 */
import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import { useCallback } from 'react';

import { useDocumentDecisions } from '../api/decisionsApi';
import { EditorDecisionTools } from '../components/EditorDecisionTools';
import { OutlineDecisionBadges } from '../components/OutlineDecisionBadges';
import { useLiveDecisions } from './useLiveDecisions';

/** The outline item fields the badges need (structurally the editor's OutlineItem). */
interface OutlineSection {
  sectionId: string | null;
  text: string;
}

export function useEditorDecisions(
  documentId: string,
  workspaceId: string,
): {
  sectionExtras: (item: OutlineSection) => ReactNode;
  editorAddon: (editor: Editor) => ReactNode;
} {
  const query = useDocumentDecisions(documentId);
  useLiveDecisions(workspaceId);
  const decisions = query.data?.decisions;
  const sectionExtras = useCallback(
    (item: OutlineSection) => (
      <OutlineDecisionBadges
        sectionId={item.sectionId}
        heading={item.text}
        workspaceId={workspaceId}
        decisions={decisions ?? []}
      />
    ),
    [decisions, workspaceId],
  );
  const editorAddon = useCallback(
    (editor: Editor) => (
      <EditorDecisionTools
        editor={editor}
        workspaceId={workspaceId}
        documentId={documentId}
        decisions={decisions ?? []}
      />
    ),
    [decisions, workspaceId, documentId],
  );
  return { sectionExtras, editorAddon };
}
