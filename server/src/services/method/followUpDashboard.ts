/**
 * The follow-up dashboard and its CSV (issue 15), built from the same
 * suppressed figures as every other output (followUpFigures.ts). Counts of
 * procurements and promised figures are contract terms, not data about
 * people, and are shown exactly.
 */
import {
  figureText,
  procurementKindLabels,
  targetGroups,
  type FollowUpDashboard,
} from '@samverka/shared';
import type { ProcurementRecord, WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { keys } from './followUpFigures.js';
import { socialRequirementGoal } from './goal.js';
import { followUpFor } from './procurements.js';

const promised = (list: readonly ProcurementRecord[]) => ({
  procurements: list.length,
  promisedJobs: list.reduce((sum, p) => sum + (p.promisedJobs ?? 0), 0),
  promisedFullTimeMonths:
    Math.round(list.reduce((sum, p) => sum + (p.promisedFullTimeMonths ?? 0), 0) * 10) / 10,
});

export async function followUpDashboard(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  viewerOrganisationId: string | null,
): Promise<FollowUpDashboard> {
  const { procurements, visible } = await followUpFor(ctx, workspace, viewerOrganisationId);
  const services = procurements.filter((p) => p.kind === 'service');
  const withRequirements = services.filter((p) => p.socialRequirements).length;
  const goalPercent = await socialRequirementGoal(ctx, workspace.id);
  const sharePercent =
    services.length === 0 ? null : Math.round((withRequirements / services.length) * 1000) / 10;
  return {
    goal: {
      goalPercent,
      serviceProcurements: services.length,
      serviceWithRequirements: withRequirements,
      sharePercent,
      reached: sharePercent !== null && sharePercent >= goalPercent,
    },
    requirementLevels: {
      dialogue: procurements.filter((p) => p.requirementLevel === 'dialogue').length,
      employment: procurements.filter((p) => p.requirementLevel === 'employment').length,
    },
    totals: { ...promised(procurements), ...visible.figures(keys.all) },
    byPeriod: visible.periods.map((period) => ({
      period,
      jobsStarted: visible.figure(keys.period(period), 'jobsStarted'),
      fullTimeMonths: visible.figure(keys.period(period), 'fullTimeMonths'),
    })),
    byTargetGroup: targetGroups
      .map((targetGroup) => ({
        targetGroup,
        list: procurements.filter((p) => p.targetGroups.includes(targetGroup)),
      }))
      .filter(({ list }) => list.length > 0)
      .map(({ targetGroup, list }) => ({
        targetGroup,
        ...promised(list),
        jobsStarted: visible.figure(keys.targetGroup(targetGroup), 'jobsStarted'),
        fullTimeMonths: visible.figure(keys.targetGroup(targetGroup), 'fullTimeMonths'),
      })),
    bySupplier: visible.suppliers.map((s) => ({
      supplier: s.label,
      organisationId: s.organisationId,
      ...promised(procurements.filter((p) => s.procurementIds.includes(p.id))),
      jobsStarted: visible.figure(keys.supplier(s.key), 'jobsStarted'),
      fullTimeMonths: visible.figure(keys.supplier(s.key), 'fullTimeMonths'),
    })),
    byProcurement: procurements.map((p) => ({
      procurementId: p.id,
      name: p.name,
      ownFigures: visible.owns(p.id),
      ...promised([p]),
      jobsStarted: visible.figure(keys.procurement(p.id), 'jobsStarted'),
      fullTimeMonths: visible.figure(keys.procurement(p.id), 'fullTimeMonths'),
    })),
  };
}

/** RFC 4180 field; a leading =, +, - or @ is neutralised so a spreadsheet never runs it. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The follow-up as CSV: one row per procurement and period, then each
 * procurement's total and the grand total. Suppressed figures read
 * "färre än 5" (or "dolt" when hidden to protect one).
 */
export async function followUpCsv(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  viewerOrganisationId: string | null,
): Promise<string> {
  const { procurements, entries, visible } = await followUpFor(
    ctx,
    workspace,
    viewerOrganisationId,
  );
  const header = [
    'Upphandling',
    'Kategori',
    'Slag',
    'Kravnivå',
    'Period',
    'Påbörjade anställningar',
    'Levererade heltidsmånader',
    'Avslutade i förtid',
    'Varav räknas (75 %-regeln)',
  ];
  const rows: string[][] = [header];
  const figureColumns = (cellKey: string) => {
    const f = visible.figures(cellKey);
    return [f.jobsStarted, f.fullTimeMonths, f.jobsEndedEarly, f.jobsEndedEarlyCounted].map((x) =>
      figureText(x),
    );
  };
  for (const p of procurements) {
    const base = [
      p.name,
      p.category,
      procurementKindLabels[p.kind].sv,
      p.requirementLevel === 'employment'
        ? 'Sysselsättningskrav'
        : p.requirementLevel === 'dialogue'
          ? 'Dialogkrav'
          : 'Inga sociala krav',
    ];
    for (const e of entries.filter((x) => x.procurementId === p.id)) {
      rows.push([...base, e.period, ...figureColumns(keys.entry(e.id))]);
    }
    rows.push([...base, 'Totalt', ...figureColumns(keys.procurement(p.id))]);
  }
  rows.push(['Samtliga upphandlingar', '', '', '', 'Totalt', ...figureColumns(keys.all)]);
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
