/**
 * The three decision rules (issue 12; DOMAIN.md section 5) as pure
 * functions of the latest position per organisation. Only required
 * organisations count; a reservation counts as approval (and is shown);
 * `pending_anchoring` means the organisation has not answered yet.
 *
 * - consent of all parties: decided when every required organisation
 *   approves; any reject blocks (rejected);
 * - majority of organisations: decided when more than half approve;
 *   abstentions and missing positions are not approvals; rejected once a
 *   majority can no longer be reached (so a tie fails);
 * - lead authority after consultation: the lead organisation's position
 *   decides once every other required organisation has answered or the
 *   deadline has passed.
 *
 * The result is advice: a person closes the decision (the server asks for
 * a statement when the outcome goes against it).
 */
import type { ApprovalVerdict } from '../domain/approval.js';
import type { DecisionRule, RuleResult } from '../domain/decision.js';

export interface LatestPosition {
  organisationId: string;
  verdict: ApprovalVerdict;
}

export interface RuleInput {
  rule: DecisionRule;
  requiredOrganisationIds: readonly string[];
  /** The latest position per organisation (others are ignored). */
  positions: readonly LatestPosition[];
  /** ISO 8601, or null: no deadline. */
  deadline: string | null;
  now: Date;
}

const APPROVING: readonly ApprovalVerdict[] = ['approve', 'approve_with_reservation'];

export const isApproving = (verdict: ApprovalVerdict): boolean => APPROVING.includes(verdict);

/** Has the organisation answered (anything but no position or unfinished anchoring)? */
const hasAnswered = (verdict: ApprovalVerdict | undefined): verdict is ApprovalVerdict =>
  verdict !== undefined && verdict !== 'pending_anchoring';

export function evaluateRule(input: RuleInput): RuleResult {
  const required = [...new Set(input.requiredOrganisationIds)];
  const verdictOf = new Map(input.positions.map((p) => [p.organisationId, p.verdict]));
  const approving = required.filter((id) => {
    const verdict = verdictOf.get(id);
    return verdict !== undefined && isApproving(verdict);
  });
  const rejecting = required.filter((id) => verdictOf.get(id) === 'reject');
  const awaiting = required.filter((id) => !hasAnswered(verdictOf.get(id)));
  const result = (outcome: RuleResult['outcome']): RuleResult => ({
    outcome,
    approving,
    rejecting,
    awaiting,
  });

  switch (input.rule.kind) {
    case 'consent_all_parties': {
      if (rejecting.length > 0) return result('rejected');
      return result(
        required.length > 0 && approving.length === required.length ? 'decided' : 'pending',
      );
    }
    case 'majority_of_organisations': {
      if (required.length === 0) return result('pending');
      if (approving.length * 2 > required.length) return result('decided');
      // Even if everyone still awaited approved, no majority: it has failed.
      if ((approving.length + awaiting.length) * 2 <= required.length) return result('rejected');
      return result('pending');
    }
    case 'lead_authority_after_consultation': {
      const lead = input.rule.leadOrganisationId;
      const others = required.filter((id) => id !== lead);
      const consulted =
        others.every((id) => hasAnswered(verdictOf.get(id))) ||
        (input.deadline !== null && input.now.getTime() >= Date.parse(input.deadline));
      const leadVerdict = verdictOf.get(lead);
      if (!consulted || leadVerdict === undefined) return result('pending');
      if (isApproving(leadVerdict)) return result('decided');
      if (leadVerdict === 'reject') return result('rejected');
      return result('pending');
    }
  }
}
