/**
 * An approval bound to a content hash: the one record behind an
 * organisation's position on a decision (issue 12), a party's sign-off of a
 * version (issue 13) and a named approver's approval of minutes (issue 14).
 * It says who approves (an organisation or a named person), the verdict,
 * the hash of the exact wording it was given on, who recorded it and on
 * whose behalf. Records are appended, never changed: the latest one per
 * approver and subject counts, the earlier ones are its history. Comparing
 * `contentHash` with the hash of the wording now tells whether it has
 * changed since ("godkänd i lydelsen från 12 mars; ändrad sedan").
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/** What is approved: a decision (positions), a version (sign-off) or minutes (justering). */
export const approvalSubjectSchema = z.object({
  kind: z.enum(['decision', 'version', 'minutes']),
  id: idSchema,
});
export type ApprovalSubject = z.infer<typeof approvalSubjectSchema>;

/** Who approves: an organisation of the workspace, or a named person. */
export const approverSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organisation'), organisationId: idSchema }),
  z.object({ kind: z.literal('person'), userId: idSchema }),
]);
export type Approver = z.infer<typeof approverSchema>;

/**
 * The verdict. Positions use all of them (DOMAIN.md section 5);
 * sign-offs and minutes approvals use `approve` only.
 */
export const approvalVerdicts = [
  'approve',
  'approve_with_reservation',
  'reject',
  'abstain',
  /** The organisation has not finished its internal anchoring (förankring). */
  'pending_anchoring',
] as const;
export const approvalVerdictSchema = z.enum(approvalVerdicts);
export type ApprovalVerdict = z.infer<typeof approvalVerdictSchema>;

/** Verdicts that must come with a reason. */
export const verdictsNeedingReason: readonly ApprovalVerdict[] = [
  'reject',
  'approve_with_reservation',
];

export const APPROVAL_REASON_MAX = 4000;

/** sha256 of the canonical text (UTF-8), lower-case hex. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);
export type ContentHash = z.infer<typeof contentHashSchema>;

export const approvalSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  subject: approvalSubjectSchema,
  approver: approverSchema,
  verdict: approvalVerdictSchema,
  reason: z.string().max(APPROVAL_REASON_MAX).nullable(),
  /** The hash of the wording this was given on. */
  contentHash: contentHashSchema,
  /** The signed-in person who recorded it (from the session, never the client). */
  recordedBy: idSchema,
  /**
   * Set when someone records it for the approver, e.g. the coordinator
   * records an organisation's position as its representative stated it in
   * a meeting.
   */
  onBehalf: z
    .object({
      /** Who stated it (a name, as minutes would write it). */
      statedBy: z.string().min(1).max(200),
      meetingId: idSchema.nullable(),
    })
    .nullable(),
  /** For sign-offs: the name and title printed in the signature block. */
  signatory: z.object({ name: z.string().min(1).max(200), title: z.string().max(200) }).nullable(),
  /** The meeting it was recorded in, if any (issue 14). */
  meetingId: idSchema.nullable(),
  recordedAt: timestampSchema,
});
export type Approval = z.infer<typeof approvalSchema>;

/** The latest approval per approver (history is everything else), in first-recorded order. */
export function latestApprovals(approvals: readonly Approval[]): Approval[] {
  const byApprover = new Map<string, Approval>();
  const ordered = [...approvals].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  for (const approval of ordered) byApprover.set(approverKey(approval.approver), approval);
  return [...byApprover.values()];
}

export function approverKey(approver: Approver): string {
  return approver.kind === 'organisation'
    ? `organisation:${approver.organisationId}`
    : `person:${approver.userId}`;
}
