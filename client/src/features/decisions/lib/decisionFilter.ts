/**
 * The register's filters. "Awaiting my organisation" is answered by the
 * server (it knows whose position counts); the rest narrow the list here.
 */
import type { DecisionListItem, DecisionStatus, DecisionType } from '@samverka/shared';

export const decisionViews = ['all', 'open', 'decided', 'awaitingMine', 'draft'] as const;
export type DecisionView = (typeof decisionViews)[number];

export interface DecisionFilter {
  view: DecisionView;
  type: DecisionType | 'all';
  documentId: string | 'all';
  bodyId: string | 'all';
  text: string;
}

export const initialDecisionFilter: DecisionFilter = {
  view: 'all',
  type: 'all',
  documentId: 'all',
  bodyId: 'all',
  text: '',
};

const statusesOf: Record<Exclude<DecisionView, 'all' | 'awaitingMine'>, DecisionStatus[]> = {
  open: ['open'],
  decided: ['decided', 'rejected', 'withdrawn'],
  draft: ['draft'],
};

export function filterDecisions(
  items: readonly DecisionListItem[],
  filter: DecisionFilter,
): DecisionListItem[] {
  const text = filter.text.trim().toLocaleLowerCase('sv');
  return items.filter(({ decision }) => {
    if (filter.view !== 'all' && filter.view !== 'awaitingMine') {
      if (!statusesOf[filter.view].includes(decision.status)) return false;
    }
    if (filter.type !== 'all' && decision.type !== filter.type) return false;
    if (filter.documentId !== 'all' && decision.subject?.documentId !== filter.documentId) {
      return false;
    }
    if (
      filter.bodyId !== 'all' &&
      decision.bodyId !== filter.bodyId &&
      !decision.advisoryBodyIds.includes(filter.bodyId)
    ) {
      return false;
    }
    return text === '' || decision.title.toLocaleLowerCase('sv').includes(text);
  });
}
