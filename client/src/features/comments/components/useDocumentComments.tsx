/**
 * Everything the editor needs from comments, in the editor's slots: the
 * highlight extension, the "Kommentera" button over the text, the side
 * panel, and open-thread counts per section for the outline. Threads stay
 * live: every comment event of this document refetches them.
 */
import type { WorkspaceAction } from '@samverka/shared';
import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useMembers } from '../../members';
import { useOrganisations } from '../../workspaces/api/workspacesApi';
import { useLiveThreads, useThreads } from '../api/commentsApi';
import { createCommentBridge } from '../lib/commentBridge';
import { CommentHighlights } from '../lib/commentHighlights';
import type { Directory } from '../lib/mentions';
import { openCountsBySection } from '../lib/threadList';
import type { Viewer } from '../lib/threadList';
import { CommentSelectionButton } from './CommentSelectionButton';
import { CommentsPanel } from './CommentsPanel';

export function useDocumentComments(props: {
  documentId: string;
  workspaceId: string;
  abilities: WorkspaceAction[];
  viewer: Viewer;
}) {
  const { documentId, workspaceId, abilities, viewer } = props;
  const { t } = useTranslation();
  const bridge = useMemo(() => createCommentBridge(), []);
  const extensions = useMemo(
    () => [CommentHighlights.configure({ onActivate: (id) => bridge.activated.emit(id) })],
    [bridge],
  );
  useLiveThreads(workspaceId, documentId);
  const threads = useThreads(documentId);
  const members = useMembers(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const directory = useMemo<Directory>(
    () => ({
      people: (members.data?.members ?? []).map((member) => ({
        kind: 'person' as const,
        id: member.userId,
        name: member.user.name,
      })),
      organisations: (organisations.data?.organisations ?? []).map((organisation) => ({
        kind: 'organisation' as const,
        id: organisation.id,
        name: organisation.name,
      })),
    }),
    [members.data, organisations.data],
  );
  const counts = useMemo(() => openCountsBySection(threads.data?.threads ?? []), [threads.data]);
  const mayCreate = abilities.includes('comment:create');

  return {
    extensions,
    overlay: mayCreate
      ? (editor: Editor) => <CommentSelectionButton editor={editor} bridge={bridge} />
      : undefined,
    sidePanels: [
      {
        id: 'comments',
        label: t('comments.heading'),
        render: (editor: Editor) => (
          <CommentsPanel
            editor={editor}
            bridge={bridge}
            documentId={documentId}
            directory={directory}
            viewer={viewer}
            abilities={abilities}
          />
        ),
      },
    ],
    sectionExtras: (sectionId: string | null): ReactNode => {
      const count = sectionId ? (counts.get(sectionId) ?? 0) : 0;
      return count > 0 ? <SectionCommentCount count={count} /> : null;
    },
  };
}

function SectionCommentCount({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <span className="outline__count" data-testid="outline-comment-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('comments.outlineCount', { count })}</span>
    </span>
  );
}
