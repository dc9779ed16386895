/**
 * Sign-off per party (issue 13): a version is put forward for sign-off, and
 * each party's mandate holder records "godkänt för <organisation>" with the
 * name and title printed in the signature block. A sign-off is an approval
 * (shared/src/domain/approval.ts, the one approvals repository) bound to
 * the version's content hash; a version's state never changes, so later
 * edits to the document never change what was signed. One sign-off per
 * organisation: a second one is refused. Callers have authorized
 * (signoff:record is decided on the organisation, with its mandate).
 */
import { latestApprovals } from '@samverka/shared';
import type { Approval, Signoff, SignoffListResponse } from '@samverka/shared';
import { AppError } from '../../errors.js';
import type { DocumentRecord, VersionRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';
import { presentVersion } from './versions.js';
import { hashOf, loadVersionDoc, readDocumentNode } from './versionState.js';

const subjectOf = (version: VersionRecord) => ({ kind: 'version' as const, id: version.id });

export async function putForwardForSignoff(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  version: VersionRecord;
  byUserId: string;
}) {
  const { ctx, document, version, byUserId } = props;
  const request = { requestedBy: byUserId, requestedAt: ctx.now().toISOString() };
  const { result } = await recordChange(ctx, {
    workspaceId: version.workspaceId,
    action: 'version:signoff',
    object: { type: 'version', id: version.id },
    change: () => ctx.store.versions.putForward(version.id, request),
    // Already put forward: nothing changed, no event.
    payload: (updated) =>
      updated?.signoffRequest?.requestedAt === request.requestedAt &&
      updated.signoffRequest.requestedBy === byUserId
        ? {
            documentId: document.id,
            title: document.title,
            label: version.label,
            contentHash: version.contentHash,
          }
        : null,
  });
  if (result === null) throw new AppError(404, 'not_found', 'Version not found');
  return presentVersion(ctx, result);
}

async function presentSignoffs(
  ctx: ServiceContext,
  version: VersionRecord,
  approvals: readonly Approval[],
): Promise<Signoff[]> {
  const users = await ctx.store.users.findManyByIds([
    ...new Set(approvals.map((a) => a.recordedBy)),
  ]);
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  return approvals.map((approval) => ({
    ...approval,
    recordedByName: nameOf.get(approval.recordedBy) ?? '',
    matchesVersion: approval.contentHash === version.contentHash,
  }));
}

/** The current sign-offs of a version: the latest approval per organisation. */
async function currentSignoffs(ctx: ServiceContext, version: VersionRecord): Promise<Approval[]> {
  const approvals = await ctx.store.approvals.listBySubject(subjectOf(version));
  return latestApprovals(approvals).filter(
    (approval) => approval.approver.kind === 'organisation' && approval.verdict === 'approve',
  );
}

export async function recordSignoff(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  version: VersionRecord;
  organisationId: string;
  byUserId: string;
  signatory: { name: string; title: string };
}): Promise<Signoff> {
  const { ctx, document, version, organisationId, byUserId, signatory } = props;
  if (version.signoffRequest === null) {
    throw new AppError(409, 'not_put_forward', 'The version has not been put forward for sign-off');
  }
  const organisation = await ctx.store.organisations.findById(version.workspaceId, organisationId);
  if (!organisation) throw new AppError(404, 'not_found', 'Organisation not found');
  // The stored state must still be the wording the hash names (it never changes; this proves it).
  const doc = await loadVersionDoc(ctx, version);
  try {
    if (hashOf(readDocumentNode(doc)) !== version.contentHash) {
      throw new AppError(409, 'version_corrupt', 'The version does not match its content hash');
    }
  } finally {
    doc.destroy();
  }
  const approval: Approval = {
    // One id per version and organisation: the store's unique key keeps it to one, on both adapters.
    id: `signoff:${version.id}:${organisationId}`,
    workspaceId: version.workspaceId,
    subject: subjectOf(version),
    approver: { kind: 'organisation', organisationId },
    verdict: 'approve',
    reason: null,
    contentHash: version.contentHash,
    recordedBy: byUserId,
    onBehalf: null,
    signatory,
    meetingId: null,
    recordedAt: ctx.now().toISOString(),
  };
  const { result } = await recordChange(ctx, {
    workspaceId: version.workspaceId,
    action: 'signoff:record',
    object: { type: 'version', id: version.id },
    // Checked inside the change: one transaction on SQLite, so two at once cannot both sign.
    change: async () => {
      const signed = await currentSignoffs(ctx, version);
      const already = signed.some(
        (a) => a.approver.kind === 'organisation' && a.approver.organisationId === organisationId,
      );
      if (already) return 'duplicate' as const;
      return ctx.store.approvals.append(approval);
    },
    payload: (outcome) =>
      outcome === 'created'
        ? {
            documentId: document.id,
            title: document.title,
            label: version.label,
            organisationId,
            organisationName: organisation.name,
            contentHash: version.contentHash,
          }
        : null,
  });
  if (result !== 'created') {
    throw new AppError(
      409,
      'already_signed',
      `${organisation.name} has already signed this version`,
    );
  }
  return (await presentSignoffs(ctx, version, [approval]))[0]!;
}

export async function listSignoffs(props: {
  ctx: ServiceContext;
  version: VersionRecord;
  callerMaySignFor: string | null;
}): Promise<SignoffListResponse> {
  const { ctx, version } = props;
  const [organisations, signed] = await Promise.all([
    ctx.store.organisations.listByWorkspace(version.workspaceId),
    currentSignoffs(ctx, version),
  ]);
  const signoffs = await presentSignoffs(ctx, version, signed);
  const byOrganisation = new Map(
    signoffs.map((s) => [s.approver.kind === 'organisation' ? s.approver.organisationId : '', s]),
  );
  const view = await presentVersion(ctx, version);
  return {
    versionId: version.id,
    contentHash: version.contentHash,
    signoffRequest: view.signoffRequest,
    parties: organisations.map((organisation) => ({
      organisationId: organisation.id,
      organisationName: organisation.name,
      signoff: byOrganisation.get(organisation.id) ?? null,
    })),
    callerMaySignFor: props.callerMaySignFor,
  };
}
