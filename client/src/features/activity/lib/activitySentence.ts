// One feed entry as a sentence in the UI language, built from the event's data only.
import {
  approvalVerdicts,
  decisionStatuses,
  documentStatusLabels,
  documentStatuses,
  roleLabels,
  roles,
} from '@samverka/shared';
import type { ActivityEntry } from '@samverka/shared';
import type { TFunction } from 'i18next';
import { isOneOf } from '../../../lib/oneOf';
import { meetingSentences, methodSentences, versionSentences } from './newerSentences';
import { str, type RecordedAction, type SentenceBuilder } from './sentenceTypes';

const coreSentences = {
  'workspace:create': ({ t, params }) => t('activity.sentences.workspace_create', params),
  'workspace:update': ({ t, params }) => t('activity.sentences.workspace_update', params),
  'organisation:create': ({ t, params }) => t('activity.sentences.organisation_create', params),
  'organisation:update': ({ t, params }) => t('activity.sentences.organisation_update', params),
  'organisation:delete': ({ t, params }) => t('activity.sentences.organisation_delete', params),
  'body:create': ({ t, params }) => t('activity.sentences.body_create', params),
  'body:update': ({ t, params }) => t('activity.sentences.body_update', params),
  'body:delete': ({ t, params }) => t('activity.sentences.body_delete', params),
  'member:add': ({ t, params }) => t('activity.sentences.member_add', params),
  'member:update': ({ t, params }) => t('activity.sentences.member_update', params),
  'member:remove': ({ t, params }) => t('activity.sentences.member_remove', params),
  'invitation:create': ({ t, params }) => t('activity.sentences.invitation_create', params),
  'invitation:revoke': ({ t, params }) => t('activity.sentences.invitation_revoke', params),
  'invitation:accept': ({ t, params }) => t('activity.sentences.invitation_accept', params),
  'document:create': ({ t, params }) => t('activity.sentences.document_create', params),
  // A document:update is a rename or a move between statuses (utkast, på remiss, fastställd).
  'document:update': ({ t, payload, params, language }) => {
    const after = (payload.after ?? {}) as Record<string, unknown>;
    const { status } = after;
    return isOneOf(documentStatuses, status)
      ? t('activity.sentences.document_status', {
          ...params,
          title: str(payload.title) || params.title,
          status: documentStatusLabels[status][language].toLowerCase(),
        })
      : t('activity.sentences.document_update', params);
  },
  // A comment:create opens a thread (on a thread object) or replies in one.
  'comment:create': ({ t, entry, params }) =>
    t(
      entry.object.type === 'thread'
        ? 'activity.sentences.thread_create'
        : 'activity.sentences.comment_create',
      params,
    ),
  'document:delete': ({ t, params }) => t('activity.sentences.document_delete', params),
  'document:edited': ({ t, params }) => t('activity.sentences.document_edited', params),
  'document:server_write': ({ t, params }) => t('activity.sentences.document_server_write', params),
  'comment:resolve': ({ t, params }) => t('activity.sentences.thread_resolve', params),
  'thread:reopen': ({ t, params }) => t('activity.sentences.thread_reopen', params),
  'comment:update': ({ t, params }) => t('activity.sentences.comment_update', params),
  'comment:delete': ({ t, params }) => t('activity.sentences.comment_delete', params),
  'decision:create': ({ t, params }) => t('activity.sentences.decision_create', params),
  'decision:update': ({ t, params }) => t('activity.sentences.decision_update', params),
  'decision:open': ({ t, params }) => t('activity.sentences.decision_open', params),
  'decision:close': ({ t, params }) => t('activity.sentences.decision_close', params),
  'position:record': ({ t, params }) => t('activity.sentences.position_record', params),
  'position:record_on_behalf': ({ t, params }) =>
    t('activity.sentences.position_record_on_behalf', params),
  'statement:record': ({ t, params }) => t('activity.sentences.statement_record', params),
} satisfies Partial<Record<RecordedAction, SentenceBuilder>>;

/** Every recorded action has a sentence: a new action does not compile without one. */
const sentences: Record<RecordedAction, SentenceBuilder> = {
  ...coreSentences,
  ...versionSentences,
  ...meetingSentences,
  ...methodSentences,
};

/** A decision event's verdict and outcome in words (payloads of server/src/services/decisions). */
function decisionParams(payload: Record<string, unknown>, t: TFunction) {
  const { position, outcome } = payload;
  return {
    position: isOneOf(approvalVerdicts, position)
      ? t(`decisions.verdict.${position}`).toLowerCase()
      : '',
    outcome: isOneOf(decisionStatuses, outcome)
      ? t(`decisions.status.${outcome}`).toLowerCase()
      : '',
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
  const role = after.role ?? payload.role;
  const params = {
    who,
    title: str(after.title) || str(payload.title),
    oldTitle: str(before.title),
    name: str(payload.name) || nameOf(str(payload.userId)) || t('activity.someone'),
    role: isOneOf(roles, role) ? roleLabels[role][language].toLowerCase() : '',
    ...decisionParams(payload, t),
  };
  const build = (sentences as Partial<Record<string, SentenceBuilder>>)[entry.action];
  return build
    ? build({ entry, payload, t, language, params })
    : t('activity.sentences.fallback', { who, action: entry.action });
}
