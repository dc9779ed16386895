// One feed entry as a sentence in the UI language, built from the event's data only.
import {
  approvalVerdictSchema,
  decisionStatusSchema,
  documentStatusLabels,
  documentStatusSchema,
  roleLabels,
  roleSchema,
} from '@samverka/shared';
import type { ActivityEntry } from '@samverka/shared';
import type { TFunction } from 'i18next';

/** Actions that have their own sentence; any other shows the generic one. */
const sentenceKeys = {
  'workspace:create': 'activity.sentences.workspace_create',
  'workspace:update': 'activity.sentences.workspace_update',
  'organisation:create': 'activity.sentences.organisation_create',
  'organisation:update': 'activity.sentences.organisation_update',
  'organisation:delete': 'activity.sentences.organisation_delete',
  'body:create': 'activity.sentences.body_create',
  'body:update': 'activity.sentences.body_update',
  'body:delete': 'activity.sentences.body_delete',
  'member:add': 'activity.sentences.member_add',
  'member:update': 'activity.sentences.member_update',
  'member:remove': 'activity.sentences.member_remove',
  'invitation:create': 'activity.sentences.invitation_create',
  'invitation:revoke': 'activity.sentences.invitation_revoke',
  'invitation:accept': 'activity.sentences.invitation_accept',
  'document:create': 'activity.sentences.document_create',
  'document:update': 'activity.sentences.document_update',
  'document:delete': 'activity.sentences.document_delete',
  'document:edited': 'activity.sentences.document_edited',
  'document:server_write': 'activity.sentences.document_server_write',
  'comment:resolve': 'activity.sentences.thread_resolve',
  'thread:reopen': 'activity.sentences.thread_reopen',
  'comment:update': 'activity.sentences.comment_update',
  'comment:delete': 'activity.sentences.comment_delete',
  'decision:create': 'activity.sentences.decision_create',
  'decision:update': 'activity.sentences.decision_update',
  'decision:open': 'activity.sentences.decision_open',
  'decision:close': 'activity.sentences.decision_close',
  'position:record': 'activity.sentences.position_record',
  'position:record_on_behalf': 'activity.sentences.position_record_on_behalf',
  'statement:record': 'activity.sentences.statement_record',
} as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A decision event's verdict and outcome in words (payloads of server/src/services/decisions). */
function decisionParams(payload: Record<string, unknown>, t: TFunction) {
  const position = approvalVerdictSchema.safeParse(payload.position);
  const outcome = decisionStatusSchema.safeParse(payload.outcome);
  return {
    position: position.success ? t(`decisions.verdict.${position.data}`).toLowerCase() : '',
    outcome: outcome.success ? t(`decisions.status.${outcome.data}`).toLowerCase() : '',
  };
}

export function activitySentence(
  entry: ActivityEntry,
  t: TFunction,
  language: 'sv' | 'en',
  nameOf: (userId: string) => string | undefined,
): string {
  const { actor, payload } = entry;
  const who = actor.organisationName ? `${actor.name} (${actor.organisationName})` : actor.name;
  const after = (payload.after ?? {}) as Record<string, unknown>;
  const before = (payload.before ?? {}) as Record<string, unknown>;
  const role = roleSchema.safeParse(after.role ?? payload.role);
  const params = {
    who,
    title: str(after.title) || str(payload.title),
    oldTitle: str(before.title),
    name: str(payload.name) || nameOf(str(payload.userId)) || t('activity.someone'),
    role: role.success ? roleLabels[role.data][language].toLowerCase() : '',
    ...decisionParams(payload, t),
  };
  // A document:update is a rename or a move between statuses (utkast, på remiss, fastställd).
  const status = documentStatusSchema.safeParse(after.status);
  if (entry.action === 'document:update' && status.success) {
    return t('activity.sentences.document_status', {
      ...params,
      title: str(payload.title) || params.title,
      status: documentStatusLabels[status.data][language].toLowerCase(),
    });
  }
  // A comment:create opens a thread (on a thread object) or replies in one.
  if (entry.action === 'comment:create') {
    const opened = entry.object.type === 'thread';
    return t(
      opened ? 'activity.sentences.thread_create' : 'activity.sentences.comment_create',
      params,
    );
  }
  const key = sentenceKeys[entry.action as keyof typeof sentenceKeys];
  return key ? t(key, params) : t('activity.sentences.fallback', { who, action: entry.action });
}
