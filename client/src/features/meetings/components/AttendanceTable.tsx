/**
 * Attendance per organisation and person. Those who manage the meeting set
 * each person's attendance (present, absent, substitute by name, joined
 * late, left early); everyone else reads it. An organisation with nobody
 * present is marked "ej representerad". A substitute is only sent once named
 * (the server requires the name).
 */
import { attendanceStatusLabels, attendanceStatuses } from '@samverka/shared';
import type { AttendanceEntry, AttendanceStatus, MemberView, Organisation } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { uiLanguage } from '../../../lib/format';
import { attendanceRows } from '../lib/attendance';
import type { AttendanceRow } from '../lib/attendance';

function entryFor(row: AttendanceRow, status: AttendanceStatus, substituteName: string | null) {
  return {
    organisationId: row.organisationId,
    userId: row.userId,
    name: row.name,
    status,
    substituteName: status === 'substitute' ? substituteName : null,
    note: row.entry?.note ?? null,
  } satisfies AttendanceEntry;
}

function AttendanceRowView({
  row,
  editable,
  onChange,
}: {
  row: AttendanceRow;
  editable: boolean;
  onChange: (row: AttendanceRow, entry: AttendanceEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [status, setStatus] = useState<AttendanceStatus | ''>(row.entry?.status ?? '');
  const [substitute, setSubstitute] = useState(row.entry?.substituteName ?? '');
  const shownStatus = editable ? status : (row.entry?.status ?? '');

  function commit(nextStatus: AttendanceStatus, nextSubstitute: string) {
    const name = nextSubstitute.trim();
    if (nextStatus === 'substitute' && name === '') return;
    onChange(row, entryFor(row, nextStatus, name === '' ? null : name));
  }

  return (
    <tr>
      <th scope="row">{row.name}</th>
      <td>
        {editable ? (
          <select
            aria-label={t('meetings.attendance.stateFor', { name: row.name })}
            value={status}
            onChange={(event) => {
              const chosen = attendanceStatuses.find((s) => s === event.target.value);
              if (!chosen) return;
              setStatus(chosen);
              commit(chosen, substitute);
            }}
          >
            {status === '' ? <option value="">{t('meetings.attendance.unrecorded')}</option> : null}
            {attendanceStatuses.map((option) => (
              <option key={option} value={option}>
                {attendanceStatusLabels[option][language]}
              </option>
            ))}
          </select>
        ) : shownStatus === '' ? (
          t('meetings.attendance.unrecorded')
        ) : (
          attendanceStatusLabels[shownStatus][language]
        )}
      </td>
      <td>
        {shownStatus !== 'substitute' ? null : editable ? (
          <input
            className="attendance__substitute"
            aria-label={t('meetings.attendance.substituteName', { name: row.name })}
            value={substitute}
            maxLength={200}
            onChange={(event) => setSubstitute(event.target.value)}
            onBlur={() => {
              if (substitute.trim() !== (row.entry?.substituteName ?? '')) {
                commit('substitute', substitute);
              }
            }}
          />
        ) : (
          (row.entry?.substituteName ?? '')
        )}
      </td>
    </tr>
  );
}

export function AttendanceTable({
  members,
  organisations,
  entries,
  editable,
  onChange,
}: {
  members: readonly MemberView[];
  organisations: readonly Organisation[];
  entries: readonly AttendanceEntry[];
  editable: boolean;
  onChange: (row: AttendanceRow, entry: AttendanceEntry) => void;
}) {
  const { t } = useTranslation();
  const groups = attendanceRows(members, organisations, entries);
  return (
    <div className="attendance" data-testid="attendance">
      <p className="field__hint">{t('meetings.attendance.lead')}</p>
      {editable ? null : <p className="field__hint">{t('meetings.attendance.readOnly')}</p>}
      {groups.map(({ organisation, rows, represented }) => (
        <table
          key={organisation.id}
          className="meeting-table attendance__organisation"
          style={{ borderLeftColor: organisation.colour }}
          data-organisation={organisation.name}
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
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <AttendanceRowView
                key={`${row.key}-${row.entry?.status ?? ''}-${row.entry?.substituteName ?? ''}`}
                row={row}
                editable={editable}
                onChange={onChange}
              />
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
