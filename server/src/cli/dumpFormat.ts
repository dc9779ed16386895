/**
 * The dump file: one JSON document, versioned, holding every record of every
 * domain collection (as the repositories return them) and each Yjs document
 * as its merged update in base64. Records are validated with the shared
 * domain schemas on import, so a hand-edited or truncated file is refused
 * before anything is written.
 *
 * Version history: 1 = first format (events, eventHeads, threads, comments,
 * notifications, approvals, decisions, decisionStatements, versions, documentAuthors, meetings, agendaItems, meetingAttendance and the method's collections were added later as optional collections, so older version-1 dumps still import). A reader
 * refuses versions it does not know; a new version adds a migration here,
 * never reinterprets an old one.
 */
import {
  advisoryStatementSchema,
  approvalSchema,
  bodySchema,
  commentSchema,
  commentThreadSchema,
  decisionSchema,
  meetingSchema,
  agendaItemSchema,
  meetingAttendanceSchema,
  followUpEntrySchema,
  methodSettingsSchema,
  legalTestEntrySchema,
  principleAssessmentSchema,
  processStepSchema,
  procurementSchema,
  documentSchema,
  eventChainHeadSchema,
  idSchema,
  invitationSchema,
  membershipSchema,
  notificationMailSchema,
  notificationSchema,
  organisationSchema,
  timestampSchema,
  userSchema,
  versionSchema,
  workspaceEventSchema,
  workspaceSchema,
} from '@samverka/shared';
import { z } from 'zod';
import type { TransferCollection, TransferRecords } from '../store/port.js';

export const DUMP_FORMAT = 'samverka-dump';
export const DUMP_VERSION = 1;

const sha256Hex = z.string().min(1);

const collectionSchemas = {
  // Dumps written before verification existed have no emailVerifiedAt: unverified.
  users: userSchema.extend({
    passwordHash: z.string().nullable(),
    emailVerifiedAt: timestampSchema.nullable().default(null),
  }),
  sessions: z.object({
    id: idSchema,
    userId: idSchema,
    tokenHash: sha256Hex,
    createdAt: timestampSchema,
    expiresAt: timestampSchema,
  }),
  apiTokens: z.object({
    id: idSchema,
    userId: idSchema,
    name: z.string(),
    prefix: z.string(),
    tokenHash: sha256Hex,
    createdAt: timestampSchema,
    lastUsedAt: timestampSchema.nullable(),
    // Dumps from before token expiry existed have no field: such tokens never expire.
    expiresAt: timestampSchema.nullable().default(null),
  }),
  workspaces: workspaceSchema,
  organisations: organisationSchema,
  bodies: bodySchema,
  memberships: membershipSchema,
  documentRecords: documentSchema,
  invitations: invitationSchema.extend({
    status: z.enum(['pending', 'accepted', 'revoked']),
    tokenHash: sha256Hex,
  }),
  accountTokens: z.object({
    id: idSchema,
    userId: idSchema,
    purpose: z.enum(['email_verification', 'password_reset']),
    email: z.string(),
    tokenHash: sha256Hex,
    createdAt: timestampSchema,
    expiresAt: timestampSchema,
    usedAt: timestampSchema.nullable(),
  }),
  events: workspaceEventSchema,
  eventHeads: eventChainHeadSchema.extend({ id: idSchema }),
  threads: commentThreadSchema,
  comments: commentSchema,
  notifications: notificationSchema,
  notificationPreferences: z.object({
    id: idSchema,
    mail: notificationMailSchema,
    language: z.enum(['sv', 'en']),
    unsubscribeKey: z.string().min(1),
    updatedAt: timestampSchema,
  }),
  approvals: approvalSchema,
  decisions: decisionSchema,
  decisionStatements: advisoryStatementSchema,
  // A version with its full Yjs state (base64).
  versions: versionSchema.extend({
    signoffRequest: z
      .object({ requestedBy: idSchema, requestedAt: timestampSchema })
      .nullable()
      .default(null),
    state: z.base64(),
  }),
  documentAuthors: z.object({
    id: idSchema,
    documentId: idSchema,
    clientId: z.number().int().nonnegative(),
    userId: idSchema,
    organisationId: idSchema.nullable(),
    recordedAt: timestampSchema,
  }),
  meetings: meetingSchema,
  agendaItems: agendaItemSchema,
  meetingAttendance: meetingAttendanceSchema.extend({ id: idSchema }),
  processSteps: processStepSchema,
  legalTestEntries: legalTestEntrySchema,
  principleAssessments: principleAssessmentSchema,
  procurements: procurementSchema,
  followUpEntries: followUpEntrySchema,
  methodSettings: methodSettingsSchema,
} satisfies { [C in TransferCollection]: z.ZodType<TransferRecords[C]> };

/** Collections in import order: what others refer to comes first. */
export const TRANSFER_COLLECTIONS: readonly TransferCollection[] = [
  'users',
  'workspaces',
  'organisations',
  'bodies',
  'memberships',
  'documentRecords',
  'invitations',
  'sessions',
  'apiTokens',
  'accountTokens',
  'threads',
  'comments',
  'notifications',
  'notificationPreferences',
  'decisions',
  'decisionStatements',
  'approvals',
  'versions',
  'documentAuthors',
  'meetings',
  'agendaItems',
  'meetingAttendance',
  'processSteps',
  'legalTestEntries',
  'principleAssessments',
  'procurements',
  'followUpEntries',
  'methodSettings',
  // Events, then heads: importing a head checks the chain just imported against it.
  'events',
  'eventHeads',
];

export const dumpSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(DUMP_VERSION),
  createdAt: z.string(),
  source: z.enum(['sqlite', 'mongodb']),
  collections: z.object({
    users: z.array(collectionSchemas.users),
    sessions: z.array(collectionSchemas.sessions),
    apiTokens: z.array(collectionSchemas.apiTokens),
    workspaces: z.array(collectionSchemas.workspaces),
    organisations: z.array(collectionSchemas.organisations),
    bodies: z.array(collectionSchemas.bodies),
    memberships: z.array(collectionSchemas.memberships),
    documentRecords: z.array(collectionSchemas.documentRecords),
    invitations: z.array(collectionSchemas.invitations),
    accountTokens: z.array(collectionSchemas.accountTokens).default([]),
    // Absent in dumps written before the event log existed.
    events: z.array(collectionSchemas.events).default([]),
    eventHeads: z.array(collectionSchemas.eventHeads).default([]),
    // Absent in dumps written before comments existed.
    threads: z.array(collectionSchemas.threads).default([]),
    comments: z.array(collectionSchemas.comments).default([]),
    notifications: z.array(collectionSchemas.notifications).default([]),
    notificationPreferences: z.array(collectionSchemas.notificationPreferences).default([]),
    // Absent in dumps written before decisions and approvals existed.
    approvals: z.array(collectionSchemas.approvals).default([]),
    decisions: z.array(collectionSchemas.decisions).default([]),
    decisionStatements: z.array(collectionSchemas.decisionStatements).default([]),
    // Absent in dumps written before versions existed.
    versions: z.array(collectionSchemas.versions).default([]),
    documentAuthors: z.array(collectionSchemas.documentAuthors).default([]),
    // Absent in dumps written before meetings existed.
    meetings: z.array(collectionSchemas.meetings).default([]),
    agendaItems: z.array(collectionSchemas.agendaItems).default([]),
    meetingAttendance: z.array(collectionSchemas.meetingAttendance).default([]),
    // Absent in dumps written before the method (issue 15) existed.
    processSteps: z.array(collectionSchemas.processSteps).default([]),
    legalTestEntries: z.array(collectionSchemas.legalTestEntries).default([]),
    principleAssessments: z.array(collectionSchemas.principleAssessments).default([]),
    procurements: z.array(collectionSchemas.procurements).default([]),
    followUpEntries: z.array(collectionSchemas.followUpEntries).default([]),
    methodSettings: z.array(collectionSchemas.methodSettings).default([]),
  }),
  documents: z.array(z.object({ name: z.string().min(1), update: z.base64() })),
});

export type Dump = z.infer<typeof dumpSchema>;
export type DumpCollections = { [C in TransferCollection]: TransferRecords[C][] };
