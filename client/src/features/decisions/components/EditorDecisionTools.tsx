/**
 * Decisions above the editor's text: "Föreslå beslut om denna klausul" for
 * the section the cursor is in (opens the create dialog with the document
 * and section filled in), and a banner naming every clause whose wording
 * has changed since a decision on it, live as people type, each linking to
 * its decision.
 */
import type { DocumentDecision } from '@samverka/shared';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useWorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import { driftedSections, sameDrift, sectionAt, sectionChoices } from '../lib/editorDrift';
import type { SectionAtCursor } from '../lib/editorDrift';
import { DecisionFormDialog } from './DecisionFormDialog';

function DriftBanner({ editor, decisions }: { editor: Editor; decisions: DocumentDecision[] }) {
  const { t } = useTranslation();
  const drifted =
    useEditorState({
      editor,
      selector: ({ editor: current }) => driftedSections(current.state.doc, decisions),
      equalityFn: sameDrift,
    }) ?? [];
  if (drifted.length === 0) return null;
  return (
    <section
      className="notice notice--warning decision-drift-banner"
      aria-label={t('decisions.editor.driftBannerHeading')}
      data-testid="decision-drift-banner"
    >
      <ul>
        {drifted.map((entry) => (
          <li key={`${entry.decisionId}-${entry.sectionId}`}>
            {t('decisions.editor.driftBanner', {
              heading: entry.heading,
              title: entry.title,
              status: t(`decisions.status.${entry.status}`).toLowerCase(),
            })}{' '}
            <Link to={`/decisions/${entry.decisionId}`}>{t('decisions.editor.viewDecision')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProposeDecision({
  editor,
  workspaceId,
  documentId,
}: {
  editor: Editor;
  workspaceId: string;
  documentId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hintId = useId();
  const { directory } = useWorkspaceDirectory(workspaceId);
  const [proposing, setProposing] = useState<SectionAtCursor | null>(null);
  const current = useEditorState({
    editor,
    selector: ({ editor: live }) => sectionAt(live.state.doc, live.state.selection.from),
    equalityFn: (a, b) => a?.sectionId === b?.sectionId && a?.heading === b?.heading,
  });
  if (!directory?.workspace.abilities.includes('decision:create')) return null;
  return (
    <div className="propose-decision">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!current}
        aria-describedby={current ? undefined : hintId}
        onClick={() => current && setProposing(current)}
      >
        {t('decisions.editor.propose')}
      </button>
      {current ? null : (
        <span id={hintId} className="field__hint">
          {' '}
          {t('decisions.editor.proposeHint')}
        </span>
      )}
      {proposing ? (
        <DecisionFormDialog
          directory={directory}
          subject={{
            documentId,
            choices: sectionChoices(editor.state.doc),
            sectionIds: [proposing.sectionId],
            title: proposing.heading,
          }}
          onClose={() => setProposing(null)}
          onSaved={(decisionId) => void navigate(`/decisions/${decisionId}`)}
        />
      ) : null}
    </div>
  );
}

export function EditorDecisionTools({
  editor,
  workspaceId,
  documentId,
  decisions,
}: {
  editor: Editor;
  workspaceId: string;
  documentId: string;
  decisions: DocumentDecision[];
}) {
  return (
    <>
      <ProposeDecision editor={editor} workspaceId={workspaceId} documentId={documentId} />
      <DriftBanner editor={editor} decisions={decisions} />
    </>
  );
}
