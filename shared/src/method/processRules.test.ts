import { describe, expect, it } from 'vitest';
import { checkStepStatus, processProgress } from './processRules.js';

describe('process step rules', () => {
  const step = { requiresDecisionType: 'iop_legal_test' as const };

  it('refuses to complete a step without a decided decision of the required type', () => {
    expect(checkStepStatus(step, 'done', [])).toEqual({
      ok: false,
      code: 'decision_required',
      decisionType: 'iop_legal_test',
    });
    expect(
      checkStepStatus(step, 'done', [
        { type: 'iop_legal_test', status: 'open' },
        { type: 'signing', status: 'decided' },
      ]).ok,
    ).toBe(false);
  });

  it('completes it once such a decision is decided, and lets other moves through', () => {
    expect(checkStepStatus(step, 'done', [{ type: 'iop_legal_test', status: 'decided' }])).toEqual({
      ok: true,
    });
    expect(checkStepStatus(step, 'in_progress', [])).toEqual({ ok: true });
    expect(checkStepStatus({ requiresDecisionType: null }, 'done', [])).toEqual({ ok: true });
  });

  it('counts progress over applicable steps and names the current one', () => {
    const progress = processProgress([
      { id: 'b', status: 'in_progress', position: 1 },
      { id: 'a', status: 'done', position: 0 },
      { id: 'c', status: 'not_applicable', position: 2 },
      { id: 'd', status: 'not_started', position: 3 },
    ]);
    expect(progress).toEqual({ done: 1, applicable: 3, currentStepId: 'b' });
  });
});
