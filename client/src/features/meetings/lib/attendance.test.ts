import type { AttendanceEntry, MemberView, Organisation } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { attendanceRows, withEntry } from './attendance';

const organisation = (id: string, name: string) => ({ id, name }) as unknown as Organisation;
const member = (userId: string, organisationId: string, name: string) =>
  ({ userId, organisationId, user: { name } }) as unknown as MemberView;
const entry = (
  userId: string | null,
  organisationId: string,
  name: string,
  status: AttendanceEntry['status'],
): AttendanceEntry => ({ userId, organisationId, name, status, substituteName: null, note: null });

describe('attendance by organisation', () => {
  const organisations = [
    organisation('kommun', 'Ängby kommun'),
    organisation('af', 'Arbetsförmedlingen'),
  ];
  const members = [member('anna', 'kommun', 'Anna'), member('per', 'af', 'Per')];

  it('marks an organisation without anyone present as not represented', () => {
    const groups = attendanceRows(members, organisations, [
      entry('anna', 'kommun', 'Anna', 'present'),
      entry('per', 'af', 'Per', 'absent'),
    ]);
    expect(groups.map((group) => [group.organisation.id, group.represented])).toEqual([
      ['kommun', true],
      ['af', false],
    ]);
  });

  it('counts a substitute or someone who joined late as representing', () => {
    const groups = attendanceRows(members, organisations, [
      entry('per', 'af', 'Per', 'substitute'),
      entry('anna', 'kommun', 'Anna', 'joined_late'),
    ]);
    expect(groups.every((group) => group.represented)).toBe(true);
  });

  it('lists members not yet recorded and guests without an account', () => {
    const groups = attendanceRows(members, organisations, [entry(null, 'af', 'Gäst', 'present')]);
    const af = groups.find((group) => group.organisation.id === 'af');
    expect(af?.rows.map((row) => [row.name, row.entry?.status ?? null])).toEqual([
      ['Gäst', 'present'],
      ['Per', null],
    ]);
  });

  it('replaces the changed row and adds a first recording', () => {
    const recorded = [entry('anna', 'kommun', 'Anna', 'present')];
    const [kommun, af] = attendanceRows(members, organisations, recorded);
    const annaRow = kommun!.rows[0]!;
    const perRow = af!.rows[0]!;
    expect(withEntry(recorded, annaRow, entry('anna', 'kommun', 'Anna', 'left_early'))).toEqual([
      entry('anna', 'kommun', 'Anna', 'left_early'),
    ]);
    expect(withEntry(recorded, perRow, entry('per', 'af', 'Per', 'present'))).toHaveLength(2);
  });
});
