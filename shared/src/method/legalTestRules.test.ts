import { describe, expect, it } from 'vitest';
import { legalTestCriteria, type LegalTestAssessment } from '../domain/legalTest.js';
import { latestPerCriterion, proposeLegalTestResult } from './legalTestRules.js';

const all = (assessment: LegalTestAssessment) =>
  Object.fromEntries(legalTestCriteria.map((c) => [c, { assessment }]));

describe('legal test result', () => {
  it('is fulfilled only when every criterion is fulfilled', () => {
    expect(proposeLegalTestResult(all('fulfilled'))).toMatchObject({
      result: 'fulfilled',
      conclusive: true,
    });
  });

  it('stays open while any criterion is unclear or unassessed ("oklart" blocks "klar")', () => {
    const latest = { ...all('fulfilled'), long_term: { assessment: 'unclear' as const } };
    expect(proposeLegalTestResult(latest)).toMatchObject({
      result: 'open',
      conclusive: false,
      unclear: ['long_term'],
    });
    const { co_financing: _gone, ...missing } = all('fulfilled');
    expect(proposeLegalTestResult(missing)).toMatchObject({
      result: 'open',
      unassessed: ['co_financing'],
    });
  });

  it('is not fulfilled as soon as one criterion is not fulfilled, even with others unclear', () => {
    const latest = {
      ...all('unclear'),
      no_commercial_market: { assessment: 'not_fulfilled' as const },
    };
    expect(proposeLegalTestResult(latest)).toMatchObject({
      result: 'not_fulfilled',
      conclusive: true,
      notFulfilled: ['no_commercial_market'],
    });
  });

  it('takes the latest assessment of each criterion', () => {
    const latest = latestPerCriterion([
      {
        criterion: 'long_term' as const,
        assessedAt: '2026-02-01T00:00:00Z',
        assessment: 'fulfilled',
      },
      {
        criterion: 'long_term' as const,
        assessedAt: '2026-01-01T00:00:00Z',
        assessment: 'unclear',
      },
    ]);
    expect(latest.long_term?.assessment).toBe('fulfilled');
  });
});
