/**
 * Repositories of the method (issue 15): process steps, IOP legal-test
 * assessments, six-principles assessments, the procurement register and its
 * follow-up entries. Part of the persistence port (port.ts re-exports them);
 * both adapters store each record whole, looked up by workspace.
 */
import type {
  FollowUpEntry,
  MethodSettings,
  LegalTestEntry,
  PrincipleAssessment,
  ProcessStep,
  Procurement,
} from '@samverka/shared';

export type InsertOutcome = 'created' | 'duplicate';

export type ProcessStepRecord = ProcessStep;
export type ProcessStepPatch = Partial<
  Omit<ProcessStepRecord, 'id' | 'workspaceId' | 'definitionKey'>
>;

export interface ProcessStepRepository {
  /** Inserts the steps whose id does not exist yet (idempotent); returns how many were new. */
  insertMissing(steps: readonly ProcessStepRecord[]): Promise<number>;
  /** A workspace's steps by position, ties in insertion order. */
  listByWorkspace(workspaceId: string): Promise<ProcessStepRecord[]>;
  findById(id: string): Promise<ProcessStepRecord | null>;
  update(id: string, patch: ProcessStepPatch): Promise<ProcessStepRecord | null>;
}

export type LegalTestEntryRecord = LegalTestEntry;

/** Append-only: an assessment is never changed, the latest per criterion counts. */
export interface LegalTestEntryRepository {
  append(entry: LegalTestEntryRecord): Promise<InsertOutcome>;
  /** Oldest first (assessedAt, then insertion order). */
  listByWorkspace(workspaceId: string): Promise<LegalTestEntryRecord[]>;
}

export type PrincipleAssessmentRecord = PrincipleAssessment;

export interface PrincipleAssessmentRepository {
  /**
   * Stores the assessment, replacing the one with the same id (the service
   * derives the id from workspace, organisation and period); returns the
   * replaced one or null.
   */
  put(assessment: PrincipleAssessmentRecord): Promise<PrincipleAssessmentRecord | null>;
  /** Sorted by period, then organisation id. */
  listByWorkspace(workspaceId: string): Promise<PrincipleAssessmentRecord[]>;
}

export type ProcurementRecord = Procurement;
export type ProcurementPatch = Partial<
  Omit<ProcurementRecord, 'id' | 'workspaceId' | 'createdBy' | 'createdAt'>
>;

export interface ProcurementRepository {
  insert(procurement: ProcurementRecord): Promise<void>;
  findById(id: string): Promise<ProcurementRecord | null>;
  /** In creation order. */
  listByWorkspace(workspaceId: string): Promise<ProcurementRecord[]>;
  update(id: string, patch: ProcurementPatch): Promise<ProcurementRecord | null>;
  /** Removes it and its follow-up entries; false when there was none. */
  delete(id: string): Promise<boolean>;
}

export type FollowUpEntryRecord = FollowUpEntry;
export type FollowUpEntryPatch = Partial<
  Pick<
    FollowUpEntryRecord,
    | 'jobsStarted'
    | 'fullTimeMonths'
    | 'jobsEndedEarly'
    | 'jobsEndedEarlyCounted'
    | 'note'
    | 'recordedBy'
    | 'recordedAt'
  >
>;

export interface FollowUpEntryRepository {
  /** One per procurement and period: the service derives the id from both, so a second is 'duplicate'. */
  insert(entry: FollowUpEntryRecord): Promise<InsertOutcome>;
  findById(id: string): Promise<FollowUpEntryRecord | null>;
  /** Sorted by period, then insertion order. */
  listByWorkspace(workspaceId: string): Promise<FollowUpEntryRecord[]>;
  update(id: string, patch: FollowUpEntryPatch): Promise<FollowUpEntryRecord | null>;
  delete(id: string): Promise<boolean>;
}

export type MethodSettingsRecord = MethodSettings;

/** One record per workspace, keyed by the workspace id. */
export interface MethodSettingsRepository {
  find(workspaceId: string): Promise<MethodSettingsRecord | null>;
  /** Stores it whole, replacing the workspace's previous settings; returns those or null. */
  put(settings: MethodSettingsRecord): Promise<MethodSettingsRecord | null>;
}

export interface MethodRepositories {
  readonly processSteps: ProcessStepRepository;
  readonly legalTestEntries: LegalTestEntryRepository;
  readonly principleAssessments: PrincipleAssessmentRepository;
  readonly procurements: ProcurementRepository;
  readonly followUpEntries: FollowUpEntryRepository;
  readonly methodSettings: MethodSettingsRepository;
}

export interface MethodTransferRecords {
  processSteps: ProcessStepRecord;
  legalTestEntries: LegalTestEntryRecord;
  principleAssessments: PrincipleAssessmentRecord;
  procurements: ProcurementRecord;
  followUpEntries: FollowUpEntryRecord;
  methodSettings: MethodSettingsRecord;
}

/** Sorting shared by both adapters so their lists agree. */
export const byPosition = (a: ProcessStepRecord, b: ProcessStepRecord): number =>
  a.position - b.position;
export const byPeriodThenOrganisation = (
  a: PrincipleAssessmentRecord,
  b: PrincipleAssessmentRecord,
): number =>
  a.period === b.period
    ? a.organisationId < b.organisationId
      ? -1
      : a.organisationId > b.organisationId
        ? 1
        : 0
    : a.period < b.period
      ? -1
      : 1;
export const byAssessedAt = (a: LegalTestEntryRecord, b: LegalTestEntryRecord): number =>
  a.assessedAt < b.assessedAt ? -1 : a.assessedAt > b.assessedAt ? 1 : 0;
export const byPeriod = (a: FollowUpEntryRecord, b: FollowUpEntryRecord): number =>
  a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
