/**
 * REST calls of the meetings feature (contract: shared/src/api/meetings.ts).
 * Every change answers with the whole meeting view, which replaces the cache
 * entry, so the screen shows what the server stored.
 */
import type {
  AgendaItemResponse,
  CreateAgendaItemRequest,
  CreateMeetingRequest,
  MeetingListResponse,
  MeetingResponse,
  PutAttendanceRequest,
  UpdateAgendaItemRequest,
  UpdateMeetingRequest,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { meetingKeys } from './meetingKeys';

const bodyBase = (bodyId: string) => `/api/bodies/${encodeURIComponent(bodyId)}/meetings`;
const meetingBase = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

/** Calendar files: one meeting, and the whole body's meetings as a feed. */
export const meetingCalendarUrl = (meetingId: string) => `${meetingBase(meetingId)}.ics`;
export const bodyCalendarUrl = (bodyId: string) => `${bodyBase(bodyId)}.ics`;
/** The minutes as PDF: the documents' export route (the approval block is added by the server). */
export const minutesPdfUrl = (documentId: string) =>
  `/api/documents/${encodeURIComponent(documentId)}/export?format=pdf`;

export function useBodyMeetings(bodyId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.ofBody(bodyId ?? ''),
    queryFn: ({ signal }) => apiRequest<MeetingListResponse>(bodyBase(bodyId ?? ''), { signal }),
    enabled: bodyId !== undefined,
  });
}

export function useMeeting(meetingId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.meeting(meetingId ?? ''),
    queryFn: ({ signal }) => apiRequest<MeetingResponse>(meetingBase(meetingId ?? ''), { signal }),
    enabled: meetingId !== undefined,
  });
}

export function useCreateMeeting(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingRequest) =>
      apiRequest<MeetingResponse>(bodyBase(bodyId), { method: 'POST', body }),
    onSuccess: (answer) => {
      queryClient.setQueryData(meetingKeys.meeting(answer.meeting.meeting.id), answer);
      return queryClient.invalidateQueries({ queryKey: meetingKeys.ofBody(bodyId) });
    },
  });
}

type MeetingChange =
  | { kind: 'update'; body: UpdateMeetingRequest }
  | { kind: 'addItem'; body: CreateAgendaItemRequest }
  | { kind: 'updateItem'; itemId: string; body: UpdateAgendaItemRequest }
  | { kind: 'removeItem'; itemId: string }
  | { kind: 'reorder'; itemIds: string[] }
  | { kind: 'attendance'; body: PutAttendanceRequest }
  | { kind: 'start' }
  | { kind: 'next' }
  | { kind: 'goto'; agendaItemId: string }
  | { kind: 'end' }
  | { kind: 'sendMinutes' }
  | { kind: 'approveMinutes'; contentHash: string }
  | { kind: 'unlock'; reason: string };

/** Adding an item answers with the item (201); every other change with the whole meeting. */
function request(
  meetingId: string,
  change: MeetingChange,
): Promise<MeetingResponse | AgendaItemResponse> {
  const base = meetingBase(meetingId);
  const item = (itemId: string) => `${base}/agenda/${encodeURIComponent(itemId)}`;
  switch (change.kind) {
    case 'update':
      return apiRequest(base, { method: 'PATCH', body: change.body });
    case 'addItem':
      return apiRequest(`${base}/agenda`, { method: 'POST', body: change.body });
    case 'updateItem':
      return apiRequest(item(change.itemId), { method: 'PATCH', body: change.body });
    case 'removeItem':
      return apiRequest(item(change.itemId), { method: 'DELETE' });
    case 'reorder':
      return apiRequest(`${base}/agenda/order`, {
        method: 'PUT',
        body: { itemIds: change.itemIds },
      });
    case 'attendance':
      return apiRequest(`${base}/attendance`, { method: 'PUT', body: change.body });
    case 'start':
    case 'next':
    case 'end':
      return apiRequest(`${base}/${change.kind}`, { method: 'POST' });
    case 'goto':
      return apiRequest(`${base}/goto`, {
        method: 'POST',
        body: { agendaItemId: change.agendaItemId },
      });
    case 'sendMinutes':
      return apiRequest(`${base}/send-minutes`, { method: 'POST' });
    case 'approveMinutes':
      return apiRequest(`${base}/minutes/approve`, {
        method: 'POST',
        body: { contentHash: change.contentHash },
      });
    case 'unlock':
      return apiRequest(`${base}/unlock`, { method: 'POST', body: { reason: change.reason } });
  }
}

/** One mutation for every change to a meeting; the answer (the whole view) replaces the cache. */
export function useMeetingChange(meetingId: string, bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MeetingChange) => request(meetingId, change),
    onSuccess: (answer) => {
      if ('meeting' in answer) queryClient.setQueryData(meetingKeys.meeting(meetingId), answer);
      else void queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) });
      void queryClient.invalidateQueries({ queryKey: meetingKeys.ofBody(bodyId) });
    },
  });
}
