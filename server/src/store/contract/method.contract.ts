/**
 * Contract of the method's repositories (issue 15): process steps inserted
 * once and listed by position, legal-test assessments appended and listed
 * oldest first, principle assessments replaced per id, procurements and
 * follow-up entries (one per procurement and period; deleting a procurement
 * deletes its entries).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type {
  FollowUpEntryRecord,
  LegalTestEntryRecord,
  PrincipleAssessmentRecord,
  ProcessStepRecord,
  ProcurementRecord,
} from '../port.js';
import { at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

export const aStep = (overrides: Partial<ProcessStepRecord> = {}): ProcessStepRecord => ({
  id: randomUUID(),
  workspaceId: 'ws-1',
  definitionKey: null,
  position: 0,
  title: 'Behovsanalys',
  status: 'not_started',
  responsibleOrganisationId: null,
  dueDate: null,
  links: { documentIds: [], decisionIds: [], meetingIds: [] },
  notes: '',
  subSteps: [],
  requiresDecisionType: null,
  updatedBy: null,
  updatedAt: at(0),
  ...overrides,
});

export const aProcurement = (overrides: Partial<ProcurementRecord> = {}): ProcurementRecord => ({
  id: randomUUID(),
  workspaceId: 'ws-1',
  name: 'Städtjänster 2026',
  category: 'Lokalvård',
  kind: 'service',
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  valueBand: '5m_20m',
  socialRequirements: true,
  noRequirementsReason: null,
  requirementLevel: 'employment',
  targetGroups: ['long_term_unemployed'],
  promisedFullTimeMonths: 24,
  promisedJobs: 4,
  matchingOrganisationId: 'org-1',
  supplier: { kind: 'name', name: 'Städbolaget AB' },
  createdBy: 'user-1',
  createdAt: at(0),
  updatedAt: at(0),
  ...overrides,
});

export const anEntry = (
  procurementId: string,
  period: string,
  overrides: Partial<FollowUpEntryRecord> = {},
): FollowUpEntryRecord => ({
  id: `${procurementId}:${period}`,
  workspaceId: 'ws-1',
  procurementId,
  period,
  jobsStarted: 3,
  fullTimeMonths: 7.5,
  jobsEndedEarly: 1,
  jobsEndedEarlyCounted: 1,
  note: '',
  recordedBy: 'user-1',
  recordedAt: at(0),
  ...overrides,
});

export function methodContract(makeStore: MakeDomainStore): void {
  describe('method repositories', () => {
    const store = freshStorePerTest(makeStore);

    it('inserts process steps once and lists them by position', async () => {
      const first = aStep({ id: 'ws-1:a', position: 1, title: 'Andra' });
      const second = aStep({ id: 'ws-1:b', position: 0, title: 'Första' });
      expect(await store.processSteps.insertMissing([first, second])).toBe(2);
      expect(
        await store.processSteps.insertMissing([first, aStep({ id: 'ws-1:c', position: 2 })]),
      ).toBe(1);
      await store.processSteps.insertMissing([aStep({ workspaceId: 'ws-2' })]);
      const steps = await store.processSteps.listByWorkspace('ws-1');
      expect(steps.map((s) => s.id)).toEqual(['ws-1:b', 'ws-1:a', 'ws-1:c']);
      const updated = await store.processSteps.update('ws-1:a', { status: 'done', notes: 'Klart' });
      expect(updated).toMatchObject({ status: 'done', notes: 'Klart', title: 'Andra' });
      expect(await store.processSteps.findById('ws-1:a')).toEqual(updated);
      expect(await store.processSteps.update('missing', { status: 'done' })).toBeNull();
    });

    it('appends legal-test assessments and lists them oldest first', async () => {
      const entry = (assessedAt: string): LegalTestEntryRecord => ({
        id: randomUUID(),
        workspaceId: 'ws-1',
        criterion: 'long_term',
        assessment: 'unclear',
        justification: '',
        evidence: [{ kind: 'url', url: 'https://example.org/plan', label: 'Plan' }],
        registeredIdeaBased: null,
        assessedBy: 'user-1',
        assessorOrganisationId: 'org-1',
        assessedAt,
      });
      const later = entry(at(2));
      const earlier = entry(at(1));
      expect(await store.legalTestEntries.append(later)).toBe('created');
      expect(await store.legalTestEntries.append(earlier)).toBe('created');
      expect(await store.legalTestEntries.append(later)).toBe('duplicate');
      expect(await store.legalTestEntries.listByWorkspace('ws-1')).toEqual([earlier, later]);
    });

    it('replaces a principle assessment with the same id and lists by period then organisation', async () => {
      const assessment = (
        organisationId: string,
        period: string,
        score: number,
      ): PrincipleAssessmentRecord => ({
        id: `ws-1:${organisationId}:${period}`,
        workspaceId: 'ws-1',
        organisationId,
        period,
        scores: Object.fromEntries(
          ['independence', 'dialogue', 'quality', 'long_term', 'openness', 'diversity'].map((p) => [
            p,
            { score, comment: '' },
          ]),
        ) as PrincipleAssessmentRecord['scores'],
        recordedBy: 'user-1',
        recordedAt: at(0),
      });
      expect(await store.principleAssessments.put(assessment('org-2', '2026', 3))).toBeNull();
      await store.principleAssessments.put(assessment('org-1', '2026', 4));
      await store.principleAssessments.put(assessment('org-1', '2025', 2));
      const previous = await store.principleAssessments.put(assessment('org-2', '2026', 5));
      expect(previous?.scores.dialogue.score).toBe(3);
      const listed = await store.principleAssessments.listByWorkspace('ws-1');
      expect(
        listed.map((a) => `${a.period}/${a.organisationId}/${a.scores.quality.score}`),
      ).toEqual(['2025/org-1/2', '2026/org-1/4', '2026/org-2/5']);
    });

    it('keeps procurements and one follow-up entry per procurement and period', async () => {
      const procurement = aProcurement();
      const other = aProcurement({ name: 'Parkskötsel' });
      await store.procurements.insert(procurement);
      await store.procurements.insert(other);
      expect((await store.procurements.listByWorkspace('ws-1')).map((p) => p.name)).toEqual([
        'Städtjänster 2026',
        'Parkskötsel',
      ]);
      expect(await store.procurements.update(procurement.id, { promisedJobs: 6 })).toMatchObject({
        promisedJobs: 6,
        name: 'Städtjänster 2026',
      });

      expect(await store.followUpEntries.insert(anEntry(procurement.id, '2026-Q2'))).toBe(
        'created',
      );
      expect(await store.followUpEntries.insert(anEntry(procurement.id, '2026-Q1'))).toBe(
        'created',
      );
      expect(await store.followUpEntries.insert(anEntry(procurement.id, '2026-Q1'))).toBe(
        'duplicate',
      );
      expect(await store.followUpEntries.insert(anEntry(other.id, '2026-Q1'))).toBe('created');
      const periods = (await store.followUpEntries.listByWorkspace('ws-1')).map((e) => e.period);
      expect(periods).toEqual(['2026-Q1', '2026-Q1', '2026-Q2']);
      const id = `${procurement.id}:2026-Q1`;
      expect(await store.followUpEntries.update(id, { jobsStarted: 9 })).toMatchObject({
        jobsStarted: 9,
      });

      expect(await store.procurements.delete(procurement.id)).toBe(true);
      expect(await store.procurements.findById(procurement.id)).toBeNull();
      const left = await store.followUpEntries.listByWorkspace('ws-1');
      expect(left.map((e) => e.procurementId)).toEqual([other.id]);
      expect(await store.followUpEntries.delete(`${other.id}:2026-Q1`)).toBe(true);
      expect(await store.followUpEntries.delete(`${other.id}:2026-Q1`)).toBe(false);
    });
  });
}
