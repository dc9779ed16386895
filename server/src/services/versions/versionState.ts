/**
 * Document states for versions: the live document as stored (the hub
 * commits before it broadcasts, so the store holds everything anyone has
 * seen), a version's stored state, and their canonical text and hash.
 */
import { editorSchema, listSections, plainText } from '@samverka/shared/editor';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { AppError } from '../../errors.js';
import type { VersionRecord } from '../../store/port.js';
import { loadStoredDoc } from '../commentAnchors.js';
import { contentHash } from '../contentHash.js';
import type { ServiceContext } from '../context.js';
import { readDocumentNode as readNonEmptyNode } from '../documentContent.js';
import { EDITOR_FRAGMENT } from '../templateContent.js';

/**
 * The document as a ProseMirror node; a document nobody has written in yet
 * reads as the editor's empty document (one empty paragraph), as it shows.
 */
export function readDocumentNode(doc: Y.Doc): ProseMirrorNode {
  if (doc.getXmlFragment(EDITOR_FRAGMENT).length === 0) {
    return editorSchema().topNodeType.createAndFill()!;
  }
  return readNonEmptyNode(doc);
}

/** The whole document's canonical text: every top-level block, one line each. */
export function canonicalText(node: ProseMirrorNode): string {
  const blocks: ProseMirrorNode[] = [];
  node.forEach((child) => blocks.push(child));
  return plainText(blocks);
}

export function hashOf(node: ProseMirrorNode): string {
  return contentHash(canonicalText(node));
}

export function loadCurrentDoc(ctx: ServiceContext, documentId: string): Promise<Y.Doc> {
  return loadStoredDoc(ctx.store.documents, documentId);
}

export async function loadVersionDoc(ctx: ServiceContext, version: VersionRecord): Promise<Y.Doc> {
  const state = await ctx.store.versions.loadState(version.id);
  if (state === null) throw new AppError(404, 'not_found', 'Version not found');
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  return doc;
}

/** The rendered content of a version: ProseMirror JSON and its sections. */
export function renderContent(node: ProseMirrorNode) {
  return {
    content: node.toJSON() as { type: string },
    sections: listSections(node).map(({ sectionId, level, heading }) => ({
      sectionId,
      level,
      heading,
    })),
  };
}
