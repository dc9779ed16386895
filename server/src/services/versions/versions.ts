/**
 * Versions of a document (issue 13): the full Yjs state at a moment, saved
 * by a person with a label ('named') or automatically (an editing session,
 * a decision opened, minutes sent or approved, before and after a restore).
 * Each save is one change with its 'version:create' event. Callers have
 * authorized; automatic saves run as the system, naming the event that
 * caused them.
 */
import type { VersionOrigin, VersionView } from '@samverka/shared';
import * as Y from 'yjs';
import { AppError } from '../../errors.js';
import type { DocumentRecord, VersionRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';
import { hashOf, loadCurrentDoc, readDocumentNode } from './versionState.js';

/** Labels of automatic versions (the client may show its own per origin). */
export const automaticLabels: Record<Exclude<VersionOrigin, 'named'>, string> = {
  session: 'Efter en redigeringsomgång',
  decision_opened: 'När beslutet öppnades',
  minutes_sent: 'Protokollet skickat för justering',
  minutes_approved: 'Protokollet justerat',
  before_restore: 'Före återställning',
  after_restore: 'Efter återställning',
};

export interface SaveVersion {
  ctx: ServiceContext;
  document: DocumentRecord;
  origin: VersionOrigin;
  label?: string;
  note?: string | null;
  /** The person who saved it; null for automatic versions. */
  createdBy: string | null;
  /** The event that caused an automatic version. */
  eventId?: string | null;
  /** The state to save; the document as stored now when omitted. */
  doc?: Y.Doc;
}

export async function saveVersion(props: SaveVersion): Promise<VersionRecord> {
  const { ctx, document } = props;
  const doc = props.doc ?? (await loadCurrentDoc(ctx, document.id));
  try {
    const state = Y.encodeStateAsUpdate(doc);
    const version: VersionRecord = {
      id: ctx.newId(),
      documentId: document.id,
      workspaceId: document.workspaceId,
      label: props.label ?? (props.origin === 'named' ? '' : automaticLabels[props.origin]),
      note: props.note ?? null,
      origin: props.origin,
      createdBy: props.createdBy,
      eventId: props.eventId ?? null,
      contentHash: hashOf(readDocumentNode(doc)),
      createdAt: ctx.now().toISOString(),
      signoffRequest: null,
    };
    await recordChange(ctx, {
      workspaceId: document.workspaceId,
      action: 'version:create',
      object: { type: 'version', id: version.id },
      change: () => ctx.store.versions.insert(version, state),
      payload: () => ({
        documentId: document.id,
        title: document.title,
        label: version.label,
        origin: version.origin,
        eventId: version.eventId,
        contentHash: version.contentHash,
      }),
    });
    return version;
  } finally {
    if (props.doc === undefined) doc.destroy();
  }
}

/** Versions with the names the client shows. */
export async function presentVersions(
  ctx: ServiceContext,
  versions: readonly VersionRecord[],
): Promise<VersionView[]> {
  const ids = new Set<string>();
  for (const version of versions) {
    if (version.createdBy !== null) ids.add(version.createdBy);
    if (version.signoffRequest !== null) ids.add(version.signoffRequest.requestedBy);
  }
  const users = await ctx.store.users.findManyByIds([...ids]);
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  return versions.map((version) => ({
    ...version,
    createdByName: version.createdBy === null ? null : (nameOf.get(version.createdBy) ?? ''),
    signoffRequest:
      version.signoffRequest === null
        ? null
        : {
            ...version.signoffRequest,
            requestedByName: nameOf.get(version.signoffRequest.requestedBy) ?? '',
          },
  }));
}

export async function presentVersion(
  ctx: ServiceContext,
  version: VersionRecord,
): Promise<VersionView> {
  return (await presentVersions(ctx, [version]))[0]!;
}

/** A document's versions, newest first. */
export async function listVersions(
  ctx: ServiceContext,
  documentId: string,
): Promise<VersionView[]> {
  return presentVersions(ctx, await ctx.store.versions.listByDocument(documentId));
}

/**
 * For the meetings issue (14): saves the automatic version of minutes when
 * they are sent for approval or approved. `eventId` is that change's event.
 */
export async function saveMinutesVersion(props: {
  ctx: ServiceContext;
  documentId: string;
  stage: 'minutes_sent' | 'minutes_approved';
  eventId: string | null;
}): Promise<VersionRecord> {
  const document = await props.ctx.store.documentRecords.findById(props.documentId);
  if (!document) throw new AppError(404, 'not_found', 'Document not found');
  return saveVersion({
    ctx: props.ctx,
    document,
    origin: props.stage,
    createdBy: null,
    eventId: props.eventId,
  });
}
