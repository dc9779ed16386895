import type { Decision, DecisionListItem } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { filterDecisions, initialDecisionFilter } from './decisionFilter';

function item(overrides: Partial<Decision>): DecisionListItem {
  const decision: Decision = {
    id: 'd1',
    workspaceId: 'w1',
    bodyId: 'styrgrupp',
    advisoryBodyIds: [],
    type: 'document_approval',
    title: 'Godkännande av IOP-avtalet',
    proposal: '',
    rule: { kind: 'consent_all_parties' },
    requiredOrganisationIds: ['kommun', 'af'],
    deadline: null,
    status: 'open',
    subject: null,
    contentHash: null,
    followsUpDecisionId: null,
    outcomeStatement: null,
    overrideStatement: null,
    createdBy: 'anna',
    createdAt: '2026-03-12T09:00:00.000Z',
    openedAt: null,
    closedAt: null,
    closedBy: null,
    meetingId: null,
    ...overrides,
  };
  return {
    decision,
    result: { outcome: 'pending', approving: [], rejecting: [], awaiting: [] },
    drifted: false,
    documentTitle: null,
  };
}

const open = item({ id: 'open', status: 'open' });
const decided = item({ id: 'decided', status: 'decided', type: 'mandate', title: 'Mandat' });
const rejected = item({ id: 'rejected', status: 'rejected', bodyId: 'referensgrupp' });
const draft = item({
  id: 'draft',
  status: 'draft',
  subject: { documentId: 'iop', sections: [] },
  advisoryBodyIds: ['referensgrupp'],
});
const all = [open, decided, rejected, draft];
const ids = (items: DecisionListItem[]) => items.map((entry) => entry.decision.id);

describe('filterDecisions', () => {
  it('shows everything by default', () => {
    expect(ids(filterDecisions(all, initialDecisionFilter))).toEqual([
      'open',
      'decided',
      'rejected',
      'draft',
    ]);
  });

  it('counts rejected and withdrawn decisions as closed ones', () => {
    expect(ids(filterDecisions(all, { ...initialDecisionFilter, view: 'decided' }))).toEqual([
      'decided',
      'rejected',
    ]);
    expect(ids(filterDecisions(all, { ...initialDecisionFilter, view: 'open' }))).toEqual(['open']);
  });

  it('filters by type, document, body (deciding or advisory) and title text', () => {
    expect(ids(filterDecisions(all, { ...initialDecisionFilter, type: 'mandate' }))).toEqual([
      'decided',
    ]);
    expect(ids(filterDecisions(all, { ...initialDecisionFilter, documentId: 'iop' }))).toEqual([
      'draft',
    ]);
    expect(
      ids(filterDecisions(all, { ...initialDecisionFilter, bodyId: 'referensgrupp' })),
    ).toEqual(['rejected', 'draft']);
    expect(ids(filterDecisions(all, { ...initialDecisionFilter, text: ' mandat ' }))).toEqual([
      'decided',
    ]);
  });
});
