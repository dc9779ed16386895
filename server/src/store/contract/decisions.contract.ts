/**
 * Contract of approvals (append-only, listed oldest first per subject and per
 * workspace), decisions (compare-and-set status moves, listed by workspace and
 * by subject document) and advisory statements.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AdvisoryStatementRecord, ApprovalRecord, DecisionRecord } from '../port.js';
import { at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

export const anApproval = (overrides: Partial<ApprovalRecord> = {}): ApprovalRecord => ({
  id: randomUUID(),
  workspaceId: 'ws-1',
  subject: { kind: 'decision', id: 'decision-1' },
  approver: { kind: 'organisation', organisationId: 'org-1' },
  verdict: 'approve',
  reason: null,
  contentHash: HASH_A,
  recordedBy: 'user-1',
  onBehalf: null,
  signatory: null,
  meetingId: null,
  recordedAt: at(0),
  ...overrides,
});

export const aDecision = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: randomUUID(),
  workspaceId: 'ws-1',
  bodyId: 'body-1',
  advisoryBodyIds: ['body-2'],
  type: 'document_approval',
  title: 'Godkännande av IOP-avtalet',
  proposal: 'Styrgruppen föreslås godkänna avtalet.',
  rule: { kind: 'consent_all_parties' },
  requiredOrganisationIds: ['org-1', 'org-2'],
  deadline: null,
  status: 'draft',
  subject: {
    documentId: 'doc-1',
    sections: [
      { sectionId: 's-1', heading: 'Parternas insatser', wording: null, contentHash: null },
    ],
  },
  contentHash: null,
  followsUpDecisionId: null,
  outcomeStatement: null,
  overrideStatement: null,
  createdBy: 'user-1',
  createdAt: at(0),
  openedAt: null,
  closedAt: null,
  closedBy: null,
  meetingId: null,
  ...overrides,
});

export function decisionsContract(makeStore: MakeDomainStore): void {
  describe('approvals', () => {
    const store = freshStorePerTest(makeStore);

    it('appends and lists one subject’s approvals oldest first, history kept', async () => {
      const first = anApproval({ recordedAt: at(1) });
      const changed = anApproval({
        verdict: 'reject',
        reason: 'Resurserna räcker inte',
        recordedAt: at(2),
      });
      const sameMinute = anApproval({
        approver: { kind: 'organisation', organisationId: 'org-2' },
        verdict: 'approve_with_reservation',
        reason: 'Förbehåll om finansiering',
        onBehalf: { statedBy: 'Karin Berg', meetingId: null },
        recordedAt: at(2),
      });
      const otherSubject = anApproval({ subject: { kind: 'version', id: 'decision-1' } });
      for (const approval of [first, changed, sameMinute, otherSubject]) {
        expect(await store.approvals.append(approval)).toBe('created');
      }
      expect(await store.approvals.listBySubject({ kind: 'decision', id: 'decision-1' })).toEqual([
        first,
        changed,
        sameMinute,
      ]);
      expect(await store.approvals.listBySubject({ kind: 'version', id: 'decision-1' })).toEqual([
        otherSubject,
      ]);
      expect(await store.approvals.listBySubject({ kind: 'minutes', id: 'x' })).toEqual([]);
    });

    it('sorts by recordedAt even when appended out of order', async () => {
      const later = anApproval({ recordedAt: at(5) });
      const earlier = anApproval({ recordedAt: at(3), contentHash: HASH_B });
      await store.approvals.append(later);
      await store.approvals.append(earlier);
      expect(await store.approvals.listBySubject(later.subject)).toEqual([earlier, later]);
    });

    it('refuses a repeated id as duplicate and never replaces the first', async () => {
      const approval = anApproval();
      await store.approvals.append(approval);
      expect(await store.approvals.append({ ...approval, verdict: 'reject' })).toBe('duplicate');
      expect(await store.approvals.listBySubject(approval.subject)).toEqual([approval]);
    });

    it('lists a workspace’s approvals, optionally of one subject kind', async () => {
      const position = anApproval({ recordedAt: at(1) });
      const signOff = anApproval({
        subject: { kind: 'version', id: 'v-1' },
        approver: { kind: 'person', userId: 'user-9' },
        signatory: { name: 'Eva Ek', title: 'Kommundirektör' },
        recordedAt: at(2),
      });
      await store.approvals.append(position);
      await store.approvals.append(signOff);
      await store.approvals.append(anApproval({ workspaceId: 'ws-2' }));
      expect(await store.approvals.listByWorkspace('ws-1')).toEqual([position, signOff]);
      expect(await store.approvals.listByWorkspace('ws-1', 'version')).toEqual([signOff]);
    });
  });

  describe('decisions and advisory statements', () => {
    const store = freshStorePerTest(makeStore);

    it('stores decisions as given and lists them by workspace and by subject document', async () => {
      const first = aDecision();
      const second = aDecision({ subject: null }); // same millisecond
      const elsewhere = aDecision({
        workspaceId: 'ws-2',
        subject: { documentId: 'doc-2', sections: [] },
      });
      for (const decision of [first, second, elsewhere]) await store.decisions.insert(decision);
      expect(await store.decisions.findById(first.id)).toEqual(first);
      expect(await store.decisions.findById('unknown')).toBeNull();
      expect(await store.decisions.listByWorkspace('ws-1')).toEqual([first, second]);
      expect(await store.decisions.listByDocument('doc-1')).toEqual([first]);
      expect(await store.decisions.listByDocument('doc-2')).toEqual([elsewhere]);
    });

    it('moves status only from the expected one (compare-and-set)', async () => {
      const draft = aDecision();
      await store.decisions.insert(draft);
      const opened = await store.decisions.update(draft.id, ['draft'], {
        status: 'open',
        openedAt: at(3),
        contentHash: HASH_A,
      });
      expect(opened).toEqual({ ...draft, status: 'open', openedAt: at(3), contentHash: HASH_A });
      expect(await store.decisions.update(draft.id, ['draft'], { status: 'open' })).toBeNull();
      expect(await store.decisions.update('unknown', ['open'], { title: 'x' })).toBeNull();
      expect(await store.decisions.findById(draft.id)).toEqual(opened);
    });

    it('re-indexes the subject document when a draft’s subject changes', async () => {
      const draft = aDecision();
      await store.decisions.insert(draft);
      await store.decisions.update(draft.id, ['draft'], {
        subject: { documentId: 'doc-9', sections: [] },
      });
      expect(await store.decisions.listByDocument('doc-1')).toEqual([]);
      expect((await store.decisions.listByDocument('doc-9')).map((d) => d.id)).toEqual([draft.id]);
      await store.decisions.update(draft.id, ['draft'], { subject: null, deadline: null });
      expect(await store.decisions.listByDocument('doc-9')).toEqual([]);
      expect((await store.decisions.findById(draft.id))?.subject).toBeNull();
    });

    it('stores advisory statements per decision in the order they were made', async () => {
      const statement = (decisionId: string): AdvisoryStatementRecord => ({
        id: randomUUID(),
        decisionId,
        bodyId: 'body-2',
        text: 'Referensgruppen tillstyrker förslaget.',
        recordedBy: 'user-2',
        recordedAt: at(1),
      });
      const first = statement('d-1');
      const second = statement('d-1');
      await store.decisionStatements.insert(first);
      await store.decisionStatements.insert(second);
      await store.decisionStatements.insert(statement('d-2'));
      expect(await store.decisionStatements.listByDecision('d-1')).toEqual([first, second]);
    });
  });
}
