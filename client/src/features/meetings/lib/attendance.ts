/**
 * Attendance by organisation: the body's members grouped under their
 * organisation, each with their recorded attendance (absent until recorded),
 * and whether the organisation is represented (anyone present, or a
 * substitute in someone's place). Representation matters for consent rules.
 */
import type { MemberView, Organisation } from '@samverka/shared';

export type AttendanceState = 'present' | 'absent' | 'substitute';

export interface AttendanceMark {
  userId: string;
  state: AttendanceState;
  substituteName: string | null;
  joinedLate: boolean;
  leftEarly: boolean;
}

export interface AttendanceRow {
  member: MemberView;
  mark: AttendanceMark;
}

export interface OrganisationAttendance {
  organisation: Organisation;
  rows: AttendanceRow[];
  represented: boolean;
}

export function absentMark(userId: string): AttendanceMark {
  return { userId, state: 'absent', substituteName: null, joinedLate: false, leftEarly: false };
}

export function attendanceByOrganisation(
  members: readonly MemberView[],
  organisations: readonly Organisation[],
  marks: readonly AttendanceMark[],
): OrganisationAttendance[] {
  return organisations
    .map((organisation) => {
      const rows = members
        .filter((member) => member.organisationId === organisation.id)
        .sort((a, b) => a.user.name.localeCompare(b.user.name, 'sv'))
        .map((member) => ({
          member,
          mark: marks.find((mark) => mark.userId === member.userId) ?? absentMark(member.userId),
        }));
      return {
        organisation,
        rows,
        represented: rows.some((row) => row.mark.state !== 'absent'),
      };
    })
    .filter((group) => group.rows.length > 0);
}
