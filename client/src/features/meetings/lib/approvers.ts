// The warning a municipal secretary expects: approvers (justerare) usually come from different organisations.
import type { MemberView, Organisation } from '@samverka/shared';

/** The organisation shared by two or more of the chosen approvers, or null when they differ. */
export function sharedApproverOrganisation(
  approverUserIds: readonly string[],
  members: readonly MemberView[],
  organisations: readonly Organisation[],
): Organisation | null {
  const seen = new Set<string>();
  for (const userId of approverUserIds) {
    const organisationId = members.find((member) => member.userId === userId)?.organisationId;
    if (!organisationId) continue;
    if (seen.has(organisationId)) {
      return organisations.find((organisation) => organisation.id === organisationId) ?? null;
    }
    seen.add(organisationId);
  }
  return null;
}
