// What every sentence builder gets: the entry, the translator and the common parameters.
import type { ActivityEntry, EventAction } from '@samverka/shared';
import type { TFunction } from 'i18next';

export interface SentenceContext {
  entry: ActivityEntry;
  payload: Record<string, unknown>;
  t: TFunction;
  language: 'sv' | 'en';
  params: SentenceParams;
}

/** Parameters shared by most sentences. */
// A type literal, not an interface: i18next's options need the implicit index signature.
export type SentenceParams = {
  who: string;
  title: string;
  oldTitle: string;
  name: string;
  role: string;
  position: string;
  outcome: string;
};

export type SentenceBuilder = (c: SentenceContext) => string;

/**
 * Permission actions that are checked but never recorded as events (reads,
 * live editing recorded as document:edited, moderation recorded as
 * comment:update/delete, site-wide user management outside any workspace).
 */
export const neverRecordedActions = [
  'workspace:read',
  'member:read',
  'invitation:read',
  'document:read',
  'document:edit',
  'version:read',
  'comment:read',
  'comment:moderate',
  'decision:read',
  'activity:read',
  'audit:read',
  'user:manage',
] as const satisfies readonly EventAction[];

export type RecordedAction = Exclude<EventAction, (typeof neverRecordedActions)[number]>;

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
