/**
 * Attendance per organisation and person. The chair and the secretary set
 * each person's attendance (present, absent, replaced by a named substitute)
 * and whether they joined late or left early; everyone else reads it. An
 * organisation with nobody present is marked "ej representerad".
 */
import type { MemberView, Organisation } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { attendanceByOrganisation } from '../lib/attendance';
import type { AttendanceMark, AttendanceState } from '../lib/attendance';

const states: readonly AttendanceState[] = ['present', 'absent', 'substitute'];

function SubstituteName({
  mark,
  name,
  onChange,
}: {
  mark: AttendanceMark;
  name: string;
  onChange: (mark: AttendanceMark) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(mark.substituteName ?? '');
  return (
    <input
      className="attendance__substitute"
      aria-label={t('meetings.attendance.substituteName', { name })}
      value={value}
      maxLength={200}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => {
        const trimmed = value.trim();
        if (trimmed !== (mark.substituteName ?? '')) {
          onChange({ ...mark, substituteName: trimmed === '' ? null : trimmed });
        }
      }}
    />
  );
}

export function AttendanceTable({
  members,
  organisations,
  marks,
  editable,
  onChange,
}: {
  members: readonly MemberView[];
  organisations: readonly Organisation[];
  marks: readonly AttendanceMark[];
  editable: boolean;
  onChange: (mark: AttendanceMark) => void;
}) {
  const { t } = useTranslation();
  const groups = attendanceByOrganisation(members, organisations, marks);
  return (
    <div className="attendance" data-testid="attendance">
      {editable ? null : <p className="field__hint">{t('meetings.attendance.readOnly')}</p>}
      {groups.map(({ organisation, rows, represented }) => (
        <table
          key={organisation.id}
          className="meeting-table attendance__organisation"
          style={{ borderLeftColor: organisation.colour }}
        >
          <caption>
            <span className="attendance__org-name">{organisation.name}</span>{' '}
            {represented ? null : (
              <span className="tag tag--warning">{t('meetings.attendance.notRepresented')}</span>
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.attendance.person')}</th>
              <th scope="col">{t('meetings.attendance.state')}</th>
              <th scope="col">{t('meetings.attendance.substitute')}</th>
              <th scope="col">{t('meetings.attendance.joinedLate')}</th>
              <th scope="col">{t('meetings.attendance.leftEarly')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ member, mark }) => {
              const name = member.user.name;
              return (
                <tr key={member.userId}>
                  <th scope="row">{name}</th>
                  <td>
                    {editable ? (
                      <select
                        aria-label={t('meetings.attendance.stateFor', { name })}
                        value={mark.state}
                        onChange={(event) => {
                          const state = states.find((s) => s === event.target.value);
                          if (state) onChange({ ...mark, state });
                        }}
                      >
                        {states.map((state) => (
                          <option key={state} value={state}>
                            {t(`meetings.attendance.states.${state}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`meetings.attendance.states.${mark.state}`)
                    )}
                  </td>
                  <td>
                    {mark.state !== 'substitute' ? null : editable ? (
                      <SubstituteName mark={mark} name={name} onChange={onChange} />
                    ) : (
                      (mark.substituteName ?? '')
                    )}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('meetings.attendance.joinedLateFor', { name })}
                      checked={mark.joinedLate}
                      disabled={!editable}
                      onChange={(event) => onChange({ ...mark, joinedLate: event.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('meetings.attendance.leftEarlyFor', { name })}
                      checked={mark.leftEarly}
                      disabled={!editable}
                      onChange={(event) => onChange({ ...mark, leftEarly: event.target.checked })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
