/** The IOP legal test's overall result, proposed from its criteria (issue 15). */
import {
  legalTestCriteria,
  type LegalTestCriterion,
  type LegalTestEntry,
  type LegalTestOverall,
} from '../domain/legalTest.js';

/** The latest assessment per criterion (entries in any order; later assessedAt wins, then later in the list). */
export function latestPerCriterion<E extends Pick<LegalTestEntry, 'criterion' | 'assessedAt'>>(
  entries: readonly E[],
): Partial<Record<LegalTestCriterion, E>> {
  const latest: Partial<Record<LegalTestCriterion, E>> = {};
  for (const entry of entries) {
    const current = latest[entry.criterion];
    if (!current || current.assessedAt <= entry.assessedAt) latest[entry.criterion] = entry;
  }
  return latest;
}

export interface LegalTestProposal {
  result: LegalTestOverall;
  notFulfilled: LegalTestCriterion[];
  unclear: LegalTestCriterion[];
  unassessed: LegalTestCriterion[];
  /** Can the test be concluded (proposed as a decision)? "Oklart" or unassessed blocks it, unless a criterion already fails. */
  conclusive: boolean;
}

/**
 * Any criterion not fulfilled → not fulfilled (an IOP cannot rest on it);
 * otherwise any unclear or unassessed criterion keeps the test open;
 * otherwise fulfilled.
 */
export function proposeLegalTestResult(
  latest: Partial<Record<LegalTestCriterion, Pick<LegalTestEntry, 'assessment'>>>,
): LegalTestProposal {
  const notFulfilled = legalTestCriteria.filter((c) => latest[c]?.assessment === 'not_fulfilled');
  const unclear = legalTestCriteria.filter((c) => latest[c]?.assessment === 'unclear');
  const unassessed = legalTestCriteria.filter((c) => latest[c] === undefined);
  const result: LegalTestOverall =
    notFulfilled.length > 0
      ? 'not_fulfilled'
      : unclear.length > 0 || unassessed.length > 0
        ? 'open'
        : 'fulfilled';
  return { result, notFulfilled, unclear, unassessed, conclusive: result !== 'open' };
}
