/**
 * Follow-up figures as one viewer may see them (issue 15). Every output
 * (the register, a procurement's entries, the dashboard, the CSV) reads
 * from one computation per request, so the same figure is hidden the same
 * way everywhere and no output's total or difference gives back a figure
 * another output hides. Figures of procurements whose matchningsansvarig is
 * the viewer's organisation are theirs and shown exactly.
 *
 * Cells per figure kind: each entry, each procurement's total, each
 * period's total, each target group's and supplier's total, and the grand
 * total. Equations tie them together (shared suppressFigures does the rest).
 */
import {
  followUpFigureKeys,
  suppressFigures,
  type Figure,
  type FollowUpFigureKey,
  type FollowUpFiguresView,
  type SuppressionCell,
  type SuppressionEquation,
} from '@samverka/shared';
import type {
  FollowUpEntryRecord,
  OrganisationRecord,
  ProcurementRecord,
} from '../../store/port.js';

export interface FollowUpInput {
  procurements: readonly ProcurementRecord[];
  entries: readonly FollowUpEntryRecord[];
  organisations: readonly OrganisationRecord[];
  /** The viewer's organisation; null: nobody's own (exports for outside readers). */
  viewerOrganisationId: string | null;
}

export const keys = {
  entry: (id: string) => `e:${id}`,
  procurement: (id: string) => `p:${id}`,
  period: (period: string) => `t:${period}`,
  targetGroup: (group: string) => `g:${group}`,
  supplier: (key: string) => `s:${key}`,
  all: 'all',
};

export interface SupplierGroup {
  key: string;
  label: string;
  organisationId: string | null;
  procurementIds: string[];
}

export function supplierGroups(
  procurements: readonly ProcurementRecord[],
  organisations: readonly OrganisationRecord[],
): SupplierGroup[] {
  const groups = new Map<string, SupplierGroup>();
  for (const p of procurements) {
    const supplier = p.supplier;
    const key =
      supplier === null
        ? 'none'
        : supplier.kind === 'organisation'
          ? `org:${supplier.organisationId}`
          : `name:${supplier.name.toLowerCase()}`;
    const label =
      supplier === null
        ? 'Ej angiven'
        : supplier.kind === 'organisation'
          ? (organisations.find((o) => o.id === supplier.organisationId)?.name ??
            'Okänd organisation')
          : supplier.name;
    const group = groups.get(key) ?? {
      key,
      label,
      organisationId: supplier?.kind === 'organisation' ? supplier.organisationId : null,
      procurementIds: [],
    };
    group.procurementIds.push(p.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface VisibleFollowUp {
  figure(cellKey: string, kind: FollowUpFigureKey): Figure;
  figures(cellKey: string): FollowUpFiguresView;
  owns(procurementId: string): boolean;
  periods: string[];
  suppliers: SupplierGroup[];
}

export function visibleFollowUp(input: FollowUpInput): VisibleFollowUp {
  const { procurements, entries } = input;
  const owned = new Set(
    procurements
      .filter(
        (p) =>
          input.viewerOrganisationId !== null &&
          p.matchingOrganisationId === input.viewerOrganisationId,
      )
      .map((p) => p.id),
  );
  const periods = [...new Set(entries.map((e) => e.period))].sort();
  const suppliers = supplierGroups(procurements, input.organisations);
  const groupsOfTarget = new Map<string, string[]>();
  for (const p of procurements) {
    for (const group of p.targetGroups)
      groupsOfTarget.set(group, [...(groupsOfTarget.get(group) ?? []), p.id]);
  }

  const equations: SuppressionEquation[] = [];
  for (const p of procurements) {
    equations.push({
      total: keys.procurement(p.id),
      parts: entries.filter((e) => e.procurementId === p.id).map((e) => keys.entry(e.id)),
    });
  }
  for (const period of periods) {
    equations.push({
      total: keys.period(period),
      parts: entries.filter((e) => e.period === period).map((e) => keys.entry(e.id)),
    });
  }
  equations.push({ total: keys.all, parts: procurements.map((p) => keys.procurement(p.id)) });
  equations.push({ total: keys.all, parts: periods.map(keys.period) });
  equations.push({ total: keys.all, parts: suppliers.map((s) => keys.supplier(s.key)) });
  for (const s of suppliers) {
    equations.push({ total: keys.supplier(s.key), parts: s.procurementIds.map(keys.procurement) });
  }
  for (const [group, ids] of groupsOfTarget) {
    equations.push({ total: keys.targetGroup(group), parts: ids.map(keys.procurement) });
  }

  const byKind = new Map<FollowUpFigureKey, Map<string, Figure>>();
  for (const kind of followUpFigureKeys) {
    const cells = new Map<string, SuppressionCell>();
    const sum = (list: readonly FollowUpEntryRecord[]) =>
      Math.round(list.reduce((total, e) => total + e[kind], 0) * 10) / 10;
    const allOwned = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => owned.has(id));
    for (const e of entries)
      cells.set(keys.entry(e.id), { value: e[kind], owned: owned.has(e.procurementId) });
    for (const p of procurements) {
      cells.set(keys.procurement(p.id), {
        value: sum(entries.filter((e) => e.procurementId === p.id)),
        owned: owned.has(p.id),
      });
    }
    for (const period of periods) {
      const list = entries.filter((e) => e.period === period);
      cells.set(keys.period(period), {
        value: sum(list),
        owned: allOwned(list.map((e) => e.procurementId)),
      });
    }
    for (const s of suppliers) {
      const list = entries.filter((e) => s.procurementIds.includes(e.procurementId));
      cells.set(keys.supplier(s.key), { value: sum(list), owned: allOwned(s.procurementIds) });
    }
    for (const [group, ids] of groupsOfTarget) {
      const list = entries.filter((e) => ids.includes(e.procurementId));
      cells.set(keys.targetGroup(group), { value: sum(list), owned: allOwned(ids) });
    }
    cells.set(keys.all, { value: sum(entries), owned: allOwned(procurements.map((p) => p.id)) });
    byKind.set(kind, suppressFigures(cells, equations));
  }

  const figure = (cellKey: string, kind: FollowUpFigureKey): Figure =>
    byKind.get(kind)?.get(cellKey) ?? { kind: 'exact', value: 0 };
  return {
    figure,
    figures: (cellKey) => ({
      jobsStarted: figure(cellKey, 'jobsStarted'),
      fullTimeMonths: figure(cellKey, 'fullTimeMonths'),
      jobsEndedEarly: figure(cellKey, 'jobsEndedEarly'),
      jobsEndedEarlyCounted: figure(cellKey, 'jobsEndedEarlyCounted'),
    }),
    owns: (id) => owned.has(id),
    periods,
    suppliers,
  };
}
