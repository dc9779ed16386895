/**
 * The document route (lazy-loaded: Tiptap and Yjs stay out of the initial
 * bundle). Loads the document's metadata and the caller's abilities over
 * REST, then opens the collaboration session.
 */
import { ActivityPanel } from '../../activity';
import { HistoryButton } from '../../versions';
import { getTemplate } from '@samverka/shared';
import type { Document, MeResponse, WorkspaceAction } from '@samverka/shared';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../../styles/editor.css';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMe } from '../../auth';
import { useEditorDecisions } from '../../decisions/editorEmbeds';
import { useDocumentComments } from '../../comments';
import { useDocument } from '../../documents';
import { useAdminNames } from '../../members';
// Not through the workspaces barrel: that would bring the workspace home page's chunk
// (templates, method overview) to every document page.
import { useOrganisations, useWorkspace } from '../../workspaces/api/workspacesApi';
import { usePersonLabel } from '../../workspaces/hooks/usePersonLabel';
import { useWorkspaceEvents } from '../../workspaces/hooks/useWorkspaceEvents';
import { useCollabSession, useSyncStatus } from '../hooks/useCollabSession';
import { useOutdatedClient } from '../hooks/useOutdatedClient';
import { usePresence } from '../hooks/usePresence';
import { useReauthorise } from '../hooks/useReauthorise';
import type { PresentUser } from '../lib/presence';
import { CollaborativeEditor } from './CollaborativeEditor';
import { EditorPending } from './EditorPending';
import { OutdatedClientNotice } from './OutdatedClientNotice';
import { PresenceAvatars } from './PresenceAvatars';
import { ReadOnlyNote } from './ReadOnlyNote';
import type { ReadOnlyReason } from './ReadOnlyNote';
import { OfflineNotice, SyncIndicator } from './SyncIndicator';

export function DocumentPage() {
  const { documentId } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const documentQuery = useDocument(documentId);
  const workspaceId = documentQuery.data?.document.workspaceId;
  const workspace = useWorkspace(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const adminNames = useAdminNames(blockingError(documentQuery) ? undefined : workspaceId);
  const personLabel = usePersonLabel(workspaceId);
  // Live: a rename, a language change or the last change (and by whom) show at once.
  useWorkspaceEvents(workspace.data ? workspaceId : undefined);
  useDocumentTitle(documentQuery.data?.document.title ?? t('editor.pageTitle'));

  // An open editor outlives a server restart: only an authoritative answer
  // (403, 404) or a failed first load replaces it.
  const error = blockingError(documentQuery) ?? blockingError(workspace);
  if (error) {
    return (
      <ErrorState
        error={error}
        permissionHolder={adminNames}
        onRetry={() => void documentQuery.refetch()}
      />
    );
  }
  if (!documentId || !me.data || !documentQuery.data || !workspace.data || !organisations.data) {
    return <LoadingState label={t('editor.loading')} />;
  }

  const { document, abilities } = documentQuery.data;
  const membership = workspace.data.membership;
  const organisation = organisations.data.organisations.find(
    (candidate) => candidate.id === membership.organisationId,
  );
  const canEdit = abilities.includes('document:edit');
  const history = (
    <HistoryButton
      documentId={documentId}
      title={document.title}
      canSave={abilities.includes('version:create')}
      canRestore={abilities.includes('version:restore')}
      canPutForward={abilities.includes('version:signoff')}
      myName={me.data.user.name}
    />
  );
  const readOnlyReason: ReadOnlyReason | null = canEdit
    ? null
    : membership.role === 'commenter'
      ? 'commenter'
      : 'viewer';

  return (
    <>
      <DocumentWorkspace
        documentId={documentId}
        title={document.title}
        templateId={document.template}
        documentLanguage={document.language}
        lastChange={{ at: document.updatedAt, by: personLabel(document.lastEditedBy) }}
        workspaceId={document.workspaceId}
        workspaceName={workspace.data.workspace.name}
        me={me.data}
        self={{
          key: me.data.user.id,
          name: me.data.user.name,
          organisation: organisation?.name ?? '',
          colour: organisation?.colour ?? '#505050',
        }}
        canEdit={canEdit}
        abilities={abilities}
        organisationId={membership.organisationId}
        readOnlyReason={readOnlyReason}
        adminNames={adminNames}
        history={history}
      />
      {/* Below the editor's screen-tall stand-in until the editor comes in; its entries
          render in the background lane (useBackgroundData). */}
      <ActivityPanel workspaceId={document.workspaceId} documentId={documentId} />
    </>
  );
}

function DocumentWorkspace(props: {
  documentId: string;
  title: string;
  templateId: Parameters<typeof getTemplate>[0];
  documentLanguage: Document['language'];
  lastChange: { at: string; by: string | null };
  workspaceId: string;
  workspaceName: string;
  me: MeResponse;
  self: PresentUser;
  canEdit: boolean;
  abilities: WorkspaceAction[];
  organisationId: string | null;
  readOnlyReason: ReadOnlyReason | null;
  adminNames: string | undefined;
  /** The "Historik" button (versions feature), beside find in the toolbar row. */
  history: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const session = useCollabSession(props.documentId, props.me.user.id, !props.canEdit);
  const status = useSyncStatus(session);
  const users = usePresence(session?.provider.awareness ?? null);
  const template = useMemo(() => getTemplate(props.templateId), [props.templateId]);
  const templateName = template.name[i18n.language === 'en' ? 'en' : 'sv'];

  useReauthorise(session, props.documentId, props.workspaceId);
  const outdated = useOutdatedClient(session);
  const decisions = useEditorDecisions(props.documentId, props.workspaceId);
  const comments = useDocumentComments({
    documentId: props.documentId,
    workspaceId: props.workspaceId,
    abilities: props.abilities,
    viewer: { userId: props.me.user.id, organisationId: props.organisationId },
  });

  return (
    <article className="document" aria-labelledby="document-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to={`/workspaces/${props.workspaceId}`}>{props.workspaceName}</Link>
      </nav>
      <header className="document__header">
        <div className="document__heading">
          <h1 id="document-title">{props.title}</h1>
          <p className="document__meta">
            {templateName} ·{' '}
            <span lang={props.documentLanguage}>
              {t(`language.names.${props.documentLanguage}`)}
            </span>
          </p>
        </div>
        <div className="document__status">
          <PresenceAvatars users={users} />
          <SyncIndicator status={status} readOnly={!props.canEdit} />
        </div>
      </header>
      {/* An outdated page cannot write at all, so "keep writing offline" would mislead. */}
      {outdated ? null : <OfflineNotice status={status} />}
      {props.readOnlyReason ? (
        <ReadOnlyNote reason={props.readOnlyReason} adminNames={props.adminNames} />
      ) : null}
      {outdated ? (
        <OutdatedClientNotice />
      ) : session ? (
        // The editor is built after this has painted, in tasks of its own (useStagedEditor).
        <CollaborativeEditor
          session={session}
          self={props.self}
          template={template}
          templateId={props.templateId}
          documentId={props.documentId}
          documentLanguage={props.documentLanguage}
          lastChange={props.lastChange}
          editable={props.canEdit}
          title={props.title}
          extensions={comments.extensions}
          overlay={comments.overlay}
          sidePanels={comments.sidePanels}
          sectionExtras={(item) => (
            <>
              {comments.sectionExtras(item.sectionId)}
              {decisions.sectionExtras?.(item)}
            </>
          )}
          editorAddon={decisions.editorAddon}
          barExtras={props.history}
        />
      ) : (
        <EditorPending />
      )}
    </article>
  );
}
