// Sentences for versions, meetings and the method (issues 13–15), from the
// payloads their services record (server/src/services/{versions,meetings,method}).
import {
  legalTestAssessmentLabels,
  legalTestAssessments,
  legalTestCriteria,
  legalTestCriterionLabels,
  processStepStatuses,
  processStepStatusLabels,
} from '@samverka/shared';
import { formatDateTime } from '../../../lib/format';
import { isOneOf } from '../../../lib/oneOf';
import { str, type RecordedAction, type SentenceBuilder } from './sentenceTypes';

const count = (value: unknown): string => (typeof value === 'number' ? String(value) : '0');

export const versionSentences = {
  'version:create': ({ t, payload, params }) =>
    t(
      payload.origin === 'named'
        ? 'activity.sentences.version_create'
        : 'activity.sentences.version_create_automatic',
      { ...params, label: str(payload.label) },
    ),
  'version:restore': ({ t, payload, params }) =>
    t(
      payload.sectionId
        ? 'activity.sentences.version_restore_section'
        : 'activity.sentences.version_restore',
      { ...params, label: str(payload.label) },
    ),
  'version:signoff': ({ t, payload, params }) =>
    t('activity.sentences.version_signoff', { ...params, label: str(payload.label) }),
  'signoff:record': ({ t, payload, params }) =>
    t('activity.sentences.signoff_record', {
      ...params,
      label: str(payload.label),
      organisation: str(payload.organisationName),
    }),
} satisfies Partial<Record<RecordedAction, SentenceBuilder>>;

const meetingManage: SentenceBuilder = ({ t, payload, params, language }) => {
  switch (payload.change) {
    case 'created':
      return t('activity.sentences.meeting_create', {
        ...params,
        when: formatDateTime(str(payload.startsAt), language),
      });
    case 'agenda_item_added':
      return t('activity.sentences.agenda_item_add', params);
    case 'agenda_item_updated':
      return t('activity.sentences.agenda_item_update', params);
    case 'agenda_item_removed':
      return t('activity.sentences.agenda_item_remove', params);
    case 'agenda_reordered':
      return t('activity.sentences.agenda_reorder', params);
    case 'attendance':
      return t('activity.sentences.attendance', {
        ...params,
        present: count(payload.present),
        absent: count(payload.absent),
      });
    default:
      return t('activity.sentences.meeting_update', params);
  }
};

const meetingChair: SentenceBuilder = ({ t, payload, params }) => {
  switch (payload.command) {
    case 'start':
      return t('activity.sentences.meeting_start', params);
    case 'next':
      return t('activity.sentences.meeting_next', params);
    case 'end':
      return t('activity.sentences.meeting_end', params);
    default:
      return t('activity.sentences.meeting_goto', params);
  }
};

export const meetingSentences = {
  'meeting:manage': meetingManage,
  'meeting:chair': meetingChair,
  'minutes:write': ({ t, params }) => t('activity.sentences.minutes_send', params),
  'minutes:approve': ({ t, payload, params }) =>
    t(
      payload.command === 'complete_approval'
        ? 'activity.sentences.minutes_approved'
        : 'activity.sentences.minutes_approve',
      params,
    ),
  'minutes:unlock': ({ t, params }) => t('activity.sentences.minutes_unlock', params),
} satisfies Partial<Record<RecordedAction, SentenceBuilder>>;

const procurementUpdate: SentenceBuilder = ({ t, payload, params }) => {
  // Follow-up entries name their procurement in `procurement`; the register's own rows in `name`.
  if (typeof payload.procurement === 'string') {
    const followUp = { ...params, name: payload.procurement, period: str(payload.period) };
    if (payload.recorded) return t('activity.sentences.follow_up_create', followUp);
    if (payload.deleted) return t('activity.sentences.follow_up_delete', followUp);
    return t('activity.sentences.follow_up_update', followUp);
  }
  const register = { ...params, name: str(payload.name) };
  if (payload.created) return t('activity.sentences.procurement_create', register);
  if (payload.deleted) return t('activity.sentences.procurement_delete', register);
  return t('activity.sentences.procurement_update', register);
};

export const methodSentences = {
  'process:update': ({ t, payload, params, language }) => {
    const after = (payload.after ?? {}) as Record<string, unknown>;
    const { status } = after;
    return isOneOf(processStepStatuses, status)
      ? t('activity.sentences.process_status', {
          ...params,
          status: processStepStatusLabels[status][language].toLowerCase(),
        })
      : t('activity.sentences.process_update', params);
  },
  'process:configure': ({ t, payload, params }) =>
    t(
      payload.added ? 'activity.sentences.process_add' : 'activity.sentences.process_configure',
      params,
    ),
  'legaltest:assess': ({ t, payload, params, language }) => {
    const { criterion, assessment } = payload;
    return t('activity.sentences.legaltest_assess', {
      ...params,
      criterion: isOneOf(legalTestCriteria, criterion)
        ? legalTestCriterionLabels[criterion].title[language]
        : '',
      assessment: isOneOf(legalTestAssessments, assessment)
        ? legalTestAssessmentLabels[assessment][language].toLowerCase()
        : '',
    });
  },
  'principles:assess': ({ t, payload, params }) =>
    t('activity.sentences.principles_assess', { ...params, period: str(payload.period) }),
  'procurement:update': procurementUpdate,
} satisfies Partial<Record<RecordedAction, SentenceBuilder>>;
