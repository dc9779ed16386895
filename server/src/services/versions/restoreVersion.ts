/**
 * Restoring a version (or one section of it) never rewinds anything: it is a
 * new change on the live document, made through the hub's live-document
 * port, that makes the content equal to the version's. The change is
 * computed against the document as the hub has it at that moment with the
 * editor binding's own minimal update (y-tiptap's updateYFragment), so
 * unchanged blocks keep their Yjs items and whatever people type meanwhile
 * merges in. The states before and after are saved as versions.
 */
import { listSections } from '@samverka/shared/editor';
import { Fragment } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { AppError } from '../../errors.js';
import { ServerWriteError } from '../../realtime/yjs/serverWrites.js';
import type {
  ServerChange,
  ServerWriteCause,
  ServerWriteResult,
} from '../../realtime/yjs/serverWrites.js';
import type { DocumentRecord, VersionRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../recordChange.js';
import { EDITOR_FRAGMENT } from '../templateContent.js';
import { loadVersionDoc, readDocumentNode } from './versionState.js';
import { saveVersion } from './versions.js';

/** The hub's live-document port, as services see it. */
export interface LiveDocuments {
  applyServerChange(
    documentName: string,
    change: ServerChange,
    cause: ServerWriteCause,
  ): Promise<ServerWriteResult>;
}

function children(node: ProseMirrorNode, from = 0, to = node.childCount): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  for (let index = from; index < to; index++) nodes.push(node.child(index));
  return nodes;
}

/**
 * `current` with one section's blocks (its heading and body, subsections
 * included) as they are in `version`. A section gone from `current` comes
 * back after the nearest section that preceded it in the version.
 */
export function withSectionOf(
  current: ProseMirrorNode,
  version: ProseMirrorNode,
  sectionId: string,
): ProseMirrorNode {
  const versionSections = listSections(version);
  const wanted = versionSections.findIndex((section) => section.sectionId === sectionId);
  if (wanted === -1) throw new AppError(404, 'not_found', 'The section is not in this version');
  const restored = children(
    version,
    versionSections[wanted]!.fromIndex,
    versionSections[wanted]!.toIndex,
  );
  const currentSections = listSections(current);
  const existing = currentSections.find((section) => section.sectionId === sectionId);
  let from: number;
  let to: number;
  if (existing !== undefined) {
    ({ fromIndex: from, toIndex: to } = existing);
  } else {
    const before = versionSections
      .slice(0, wanted)
      .reverse()
      .map((section) => currentSections.find((c) => c.sectionId === section.sectionId))
      .find((section) => section !== undefined);
    from = to = before?.toIndex ?? currentSections[0]?.fromIndex ?? current.childCount;
  }
  return current.copy(
    Fragment.from([...children(current, 0, from), ...restored, ...children(current, to)]),
  );
}

/** Makes the Y.Doc's content equal to `target` with the binding's minimal update. */
function makeContentEqual(doc: Y.Doc, target: ProseMirrorNode): void {
  updateYFragment(doc, doc.getXmlFragment(EDITOR_FRAGMENT), target, {
    mapping: new Map(),
    isOMark: new Map(),
  });
}

export async function restoreVersion(props: {
  ctx: ServiceContext;
  live: LiveDocuments;
  document: DocumentRecord;
  version: VersionRecord;
  sectionId?: string;
  by: { userId: string; organisationId: string | null };
}): Promise<{ changed: boolean; before: VersionRecord; after: VersionRecord }> {
  const { ctx, live, document, version, sectionId, by } = props;
  const versionDoc = await loadVersionDoc(ctx, version);
  let versionNode: ProseMirrorNode;
  try {
    versionNode = readDocumentNode(versionDoc);
  } finally {
    versionDoc.destroy();
  }
  // Checked before anything is saved: an unknown section changes nothing.
  if (sectionId !== undefined) withSectionOf(versionNode, versionNode, sectionId);
  const what = sectionId === undefined ? `«${version.label}»` : `ett avsnitt ur «${version.label}»`;
  const before = await saveVersion({
    ctx,
    document,
    origin: 'before_restore',
    label: `Före återställning av ${what}`,
    createdBy: by.userId,
  });
  const result = await live
    .applyServerChange(
      document.id,
      (doc) => {
        const target =
          sectionId === undefined
            ? versionNode
            : withSectionOf(readDocumentNode(doc), versionNode, sectionId);
        makeContentEqual(doc, target);
      },
      {
        userId: by.userId,
        ...(by.organisationId === null ? {} : { organisationId: by.organisationId }),
        action: 'version:restore',
      },
    )
    .catch((error: unknown) => {
      if (error instanceof ServerWriteError) {
        throw error.reason === 'documentTooLarge'
          ? new AppError(413, 'document_too_large', 'The restored document would be too large')
          : new AppError(503, 'unavailable', 'The document cannot be written now; try again');
      }
      throw error;
    });
  await recordEvent(ctx, {
    workspaceId: document.workspaceId,
    action: 'version:restore',
    object: { type: 'version', id: version.id },
    payload: {
      documentId: document.id,
      title: document.title,
      label: version.label,
      sectionId: sectionId ?? null,
      changed: result.changed,
      clientId: result.clientId,
      beforeVersionId: before.id,
    },
  });
  const after = await saveVersion({
    ctx,
    document,
    origin: 'after_restore',
    label: `Efter återställning av ${what}`,
    createdBy: by.userId,
  });
  return { changed: result.changed, before, after };
}
