import { describe, expect, it } from 'vitest';
import type { ApprovalVerdict } from '../domain/approval.js';
import type { DecisionRule } from '../domain/decision.js';
import { evaluateRule } from './rules.js';

const ORGS = ['kommun', 'af', 'fk', 'facket', 'ideell'];
const NOW = new Date('2026-03-12T10:00:00Z');

function run(
  rule: DecisionRule,
  verdicts: Record<string, ApprovalVerdict>,
  options: { required?: string[]; deadline?: string | null; now?: Date } = {},
) {
  return evaluateRule({
    rule,
    requiredOrganisationIds: options.required ?? ORGS,
    positions: Object.entries(verdicts).map(([organisationId, verdict]) => ({
      organisationId,
      verdict,
    })),
    deadline: options.deadline ?? null,
    now: options.now ?? NOW,
  });
}

const all = (verdict: ApprovalVerdict) => Object.fromEntries(ORGS.map((id) => [id, verdict]));

describe('consent of all parties', () => {
  const rule: DecisionRule = { kind: 'consent_all_parties' };

  it('is decided when every required organisation approves, reservations counted as approval', () => {
    const result = run(rule, { ...all('approve'), facket: 'approve_with_reservation' });
    expect(result).toEqual({ outcome: 'decided', approving: ORGS, rejecting: [], awaiting: [] });
  });

  it('waits while a position is missing or anchoring is unfinished, and names who it waits for', () => {
    const result = run(rule, { kommun: 'approve', af: 'approve', fk: 'pending_anchoring' });
    expect(result.outcome).toBe('pending');
    expect(result.approving).toEqual(['kommun', 'af']);
    expect(result.awaiting).toEqual(['fk', 'facket', 'ideell']);
  });

  it('is blocked by any reject, even when everyone else approves', () => {
    const result = run(rule, { ...all('approve'), ideell: 'reject' });
    expect(result.outcome).toBe('rejected');
    expect(result.rejecting).toEqual(['ideell']);
  });

  it('is not decided when someone abstains (an abstention is not approval)', () => {
    expect(run(rule, { ...all('approve'), af: 'abstain' }).outcome).toBe('pending');
  });

  it('ignores positions of organisations that are not required', () => {
    const result = run(rule, { kommun: 'approve', leverantor: 'reject' }, { required: ['kommun'] });
    expect(result).toEqual({
      outcome: 'decided',
      approving: ['kommun'],
      rejecting: [],
      awaiting: [],
    });
  });

  it('follows the latest position when an organisation changes its mind', () => {
    // The caller passes only the latest: a reject turned into an approval no longer blocks.
    expect(run(rule, all('approve')).outcome).toBe('decided');
    expect(run(rule, { ...all('approve'), fk: 'reject' }).outcome).toBe('rejected');
  });
});

describe('majority of organisations', () => {
  const rule: DecisionRule = { kind: 'majority_of_organisations' };

  it('is decided when more than half of the required organisations approve', () => {
    const result = run(rule, { kommun: 'approve', af: 'approve_with_reservation', fk: 'approve' });
    expect(result.outcome).toBe('decided');
    expect(result.approving).toEqual(['kommun', 'af', 'fk']);
  });

  it('does not count abstentions or missing positions as approvals', () => {
    const result = run(rule, { kommun: 'approve', af: 'approve', fk: 'abstain' });
    expect(result.outcome).toBe('pending'); // facket and ideell could still make it 4 of 5
    expect(result.awaiting).toEqual(['facket', 'ideell']);
  });

  it('fails on a tie', () => {
    const four = ['kommun', 'af', 'fk', 'facket'];
    const result = run(
      rule,
      { kommun: 'approve', af: 'approve', fk: 'reject', facket: 'abstain' },
      { required: four },
    );
    expect(result.outcome).toBe('rejected');
  });

  it('fails as soon as a majority can no longer be reached', () => {
    expect(run(rule, { kommun: 'reject', af: 'reject', fk: 'abstain' }).outcome).toBe('rejected');
    expect(run(rule, { kommun: 'reject', af: 'reject' }).outcome).toBe('pending');
  });
});

describe('lead authority after consultation', () => {
  const rule: DecisionRule = {
    kind: 'lead_authority_after_consultation',
    leadOrganisationId: 'kommun',
  };

  it('waits for the others to be consulted even when the lead has decided', () => {
    const result = run(rule, { kommun: 'approve', af: 'reject', fk: 'approve' });
    expect(result.outcome).toBe('pending');
    expect(result.awaiting).toEqual(['facket', 'ideell']);
  });

  it('lets the lead decide once every other organisation has answered, whatever they said', () => {
    const consulted = { af: 'reject', fk: 'abstain', facket: 'approve', ideell: 'reject' } as const;
    expect(run(rule, { ...consulted, kommun: 'approve' }).outcome).toBe('decided');
    expect(run(rule, { ...consulted, kommun: 'reject' }).outcome).toBe('rejected');
    expect(run(rule, consulted).outcome).toBe('pending'); // the lead has not spoken
  });

  it('does not count unfinished anchoring as having been consulted', () => {
    const verdicts = {
      kommun: 'approve',
      af: 'approve',
      fk: 'approve',
      facket: 'pending_anchoring',
      ideell: 'approve',
    } as const;
    expect(run(rule, verdicts).outcome).toBe('pending');
  });

  it('lets the lead decide after the deadline even if some never answered', () => {
    const verdicts = { kommun: 'approve', af: 'approve' } as const;
    expect(run(rule, verdicts, { deadline: '2026-03-12T10:00:01Z' }).outcome).toBe('pending');
    expect(run(rule, verdicts, { deadline: '2026-03-12T09:59:59Z' }).outcome).toBe('decided');
  });
});
