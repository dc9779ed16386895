/**
 * Attendance rows by organisation: every member of the meeting's body under
 * their organisation with what was recorded for them (nothing yet: null),
 * plus recorded people without an account (guests), and whether the
 * organisation is represented (anyone present, a substitute, late or leaving
 * early). Representation matters for consent rules.
 */
import { representingStatuses } from '@samverka/shared';
import type { AttendanceEntry, MemberView, Organisation } from '@samverka/shared';
import { compareSwedish } from '../../../lib/format';

export interface AttendanceRow {
  key: string;
  organisationId: string;
  userId: string | null;
  name: string;
  entry: AttendanceEntry | null;
}

export interface OrganisationRows {
  organisation: Organisation;
  rows: AttendanceRow[];
  represented: boolean;
}

export function attendanceRows(
  members: readonly MemberView[],
  organisations: readonly Organisation[],
  entries: readonly AttendanceEntry[],
): OrganisationRows[] {
  return organisations
    .map((organisation) => {
      const memberRows: AttendanceRow[] = members
        .filter((member) => member.organisationId === organisation.id)
        .map((member) => ({
          key: member.userId,
          organisationId: organisation.id,
          userId: member.userId,
          name: member.user.name,
          entry: entries.find((entry) => entry.userId === member.userId) ?? null,
        }));
      const guestRows: AttendanceRow[] = entries
        .filter(
          (entry) =>
            entry.organisationId === organisation.id &&
            (entry.userId === null || !members.some((member) => member.userId === entry.userId)),
        )
        .map((entry, index) => ({
          key: `guest-${index}-${entry.name}`,
          organisationId: organisation.id,
          userId: entry.userId,
          name: entry.name,
          entry,
        }));
      const rows = [...memberRows, ...guestRows].sort((a, b) => compareSwedish(a.name, b.name));
      return {
        organisation,
        rows,
        represented: rows.some(
          (row) => row.entry !== null && representingStatuses.includes(row.entry.status),
        ),
      };
    })
    .filter((group) => group.rows.length > 0);
}

/** The whole list to send after one row changed: every recorded entry, that row's replaced or added. */
export function withEntry(
  entries: readonly AttendanceEntry[],
  row: AttendanceRow,
  next: AttendanceEntry,
): AttendanceEntry[] {
  const index = entries.findIndex((entry) =>
    row.entry ? entry === row.entry : row.userId !== null && entry.userId === row.userId,
  );
  if (index === -1) return [...entries, next];
  return entries.map((entry, position) => (position === index ? next : entry));
}
