/**
 * The diff between a version and another version or the live document:
 * word-level, per section (services/wordDiff.ts diffSections), with every
 * inserted run naming who wrote it in the later state (textAuthors.ts and
 * the authorship record).
 */
import type { DiffSide, SectionDiff, VersionDiffResponse } from '@samverka/shared';
import type * as Y from 'yjs';
import { AppError } from '../../errors.js';
import type { DocumentRecord, VersionRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { diffSections } from '../wordDiff.js';
import { attributeInsertions, sectionWriters } from './textAuthors.js';
import type { AuthorOf } from './textAuthors.js';
import { hashOf, loadCurrentDoc, loadVersionDoc, readDocumentNode } from './versionState.js';

/** Who each recorded client id of the document belongs to, with names as they are now. */
async function authorsOf(ctx: ServiceContext, document: DocumentRecord): Promise<AuthorOf> {
  const [authors, organisations] = await Promise.all([
    ctx.store.documentAuthors.listByDocument(document.id),
    ctx.store.organisations.listByWorkspace(document.workspaceId),
  ]);
  const users = await ctx.store.users.findManyByIds([...new Set(authors.map((a) => a.userId))]);
  const userName = new Map(users.map((user) => [user.id, user.name]));
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  const byClient = new Map(authors.map((author) => [author.clientId, author]));
  return (client) => {
    const author = byClient.get(client);
    if (author === undefined) return null;
    return {
      userId: author.userId,
      name: userName.get(author.userId) ?? '',
      organisationId: author.organisationId,
      organisationName:
        author.organisationId === null
          ? null
          : (organisationName.get(author.organisationId) ?? null),
    };
  };
}

/** Diff of `before` → `after` with inserted runs attributed in `after`. */
export async function attributedDiff(
  ctx: ServiceContext,
  document: DocumentRecord,
  before: Y.Doc,
  after: Y.Doc,
): Promise<SectionDiff[]> {
  const afterNode = readDocumentNode(after);
  const diff = diffSections(readDocumentNode(before), afterNode);
  return attributeInsertions(
    diff,
    sectionWriters(after, afterNode),
    await authorsOf(ctx, document),
  );
}

const sideOf = (version: VersionRecord): DiffSide => ({
  versionId: version.id,
  label: version.label,
  contentHash: version.contentHash,
  createdAt: version.createdAt,
});

export async function diffVersion(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  version: VersionRecord;
  against: 'current' | string;
}): Promise<VersionDiffResponse> {
  const { ctx, document, version, against } = props;
  let other: VersionRecord | null = null;
  if (against !== 'current') {
    other = await ctx.store.versions.findById(against);
    // Only versions of the same document compare (and nothing leaks from another one).
    if (!other || other.documentId !== document.id) {
      throw new AppError(404, 'not_found', 'The version to compare with was not found');
    }
  }
  const before = await loadVersionDoc(ctx, version);
  const after =
    other === null ? await loadCurrentDoc(ctx, document.id) : await loadVersionDoc(ctx, other);
  try {
    const sections = await attributedDiff(ctx, document, before, after);
    const afterSide: DiffSide =
      other === null
        ? {
            versionId: null,
            label: document.title,
            contentHash: hashOf(readDocumentNode(after)),
            createdAt: ctx.now().toISOString(),
          }
        : sideOf(other);
    return { before: sideOf(version), after: afterSide, sections };
  } finally {
    before.destroy();
    after.destroy();
  }
}
