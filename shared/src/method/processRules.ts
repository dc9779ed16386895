/** Rules of the process tracker (issue 15), pure so client and server agree. */
import type { DecisionStatus, DecisionType } from '../domain/decision.js';
import type { ProcessStep, ProcessStepStatus } from '../domain/process.js';

export type StepStatusCheck =
  { ok: true } | { ok: false; code: 'decision_required'; decisionType: DecisionType };

/**
 * May the step move to `next`? Completing a step that requires a decision
 * needs a decided decision of that type in the workspace; every other move
 * is free (reopening a completed step included).
 */
export function checkStepStatus(
  step: Pick<ProcessStep, 'requiresDecisionType'>,
  next: ProcessStepStatus,
  decisions: readonly { type: DecisionType; status: DecisionStatus }[],
): StepStatusCheck {
  if (next !== 'done' || step.requiresDecisionType === null) return { ok: true };
  const required = step.requiresDecisionType;
  const decided = decisions.some((d) => d.type === required && d.status === 'decided');
  return decided ? { ok: true } : { ok: false, code: 'decision_required', decisionType: required };
}

export interface ProcessProgress {
  done: number;
  /** Steps that count: all but those marked not applicable. */
  applicable: number;
  /** The first applicable step not done, by position (null when all are done). */
  currentStepId: string | null;
}

export function processProgress(
  steps: readonly Pick<ProcessStep, 'id' | 'status' | 'position'>[],
): ProcessProgress {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const applicable = ordered.filter((s) => s.status !== 'not_applicable');
  const done = applicable.filter((s) => s.status === 'done').length;
  const current = applicable.find((s) => s.status !== 'done');
  return { done, applicable: applicable.length, currentStepId: current?.id ?? null };
}
