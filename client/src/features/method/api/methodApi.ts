// REST calls of the method screens (contract: shared/src/api/method.ts). Writes refresh the
// method queries; other people's changes arrive through useMethodLive.
import type {
  AddProcessStepRequest,
  AssessCriterionRequest,
  AssessPrinciplesRequest,
  CreateFollowUpEntryRequest,
  CreateProcurementRequest,
  FollowUpDashboard,
  FollowUpEntriesResponse,
  LegalTestCriterion,
  LegalTestResponse,
  PrinciplesResponse,
  ProcessResponse,
  ProcessStepResponse,
  ProcurementsResponse,
  ProposeLegalTestDecisionRequest,
  SetSocialRequirementGoalRequest,
  SocialRequirementGoalResponse,
  UpdateFollowUpEntryRequest,
  UpdateProcessStepRequest,
  UpdateProcurementRequest,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { methodKeys } from './methodKeys';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const part = (value: string) => encodeURIComponent(value);

function useRefreshMethod(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: methodKeys.all(workspaceId) });
}

export function useProcess(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: methodKeys.process(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<ProcessResponse>(`${base(workspaceId)}/process`, { signal }),
    enabled,
  });
}

export function useUpdateStep(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: ({ stepId, patch }: { stepId: string; patch: UpdateProcessStepRequest }) =>
      apiRequest<ProcessStepResponse>(`${base(workspaceId)}/process/steps/${part(stepId)}`, {
        method: 'PATCH',
        body: patch,
      }),
    onSettled: refresh,
  });
}

export function useAddStep(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (body: AddProcessStepRequest) =>
      apiRequest<ProcessStepResponse>(`${base(workspaceId)}/process/steps`, {
        method: 'POST',
        body,
      }),
    onSettled: refresh,
  });
}

export function useLegalTest(workspaceId: string) {
  return useQuery({
    queryKey: methodKeys.legalTest(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<LegalTestResponse>(`${base(workspaceId)}/legal-test`, { signal }),
  });
}

export function useAssessCriterion(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: ({
      criterion,
      body,
    }: {
      criterion: LegalTestCriterion;
      body: AssessCriterionRequest;
    }) =>
      apiRequest<unknown>(`${base(workspaceId)}/legal-test/${part(criterion)}`, {
        method: 'PUT',
        body,
      }),
    onSettled: refresh,
  });
}

export function useProposeLegalTestDecision(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (body: ProposeLegalTestDecisionRequest) =>
      apiRequest<unknown>(`${base(workspaceId)}/legal-test/decision`, { method: 'POST', body }),
    onSettled: refresh,
  });
}

export function usePrinciples(workspaceId: string) {
  return useQuery({
    queryKey: methodKeys.principles(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<PrinciplesResponse>(`${base(workspaceId)}/principles`, { signal }),
  });
}

export function useAssessPrinciples(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: ({
      organisationId,
      period,
      body,
    }: {
      organisationId: string;
      period: string;
      body: AssessPrinciplesRequest;
    }) =>
      apiRequest<unknown>(
        `${base(workspaceId)}/principles/${part(organisationId)}/${part(period)}`,
        { method: 'PUT', body },
      ),
    onSettled: refresh,
  });
}

export function useProcurements(workspaceId: string) {
  return useQuery({
    queryKey: methodKeys.procurements(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<ProcurementsResponse>(`${base(workspaceId)}/procurements`, { signal }),
  });
}

export function useCreateProcurement(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (body: CreateProcurementRequest) =>
      apiRequest<unknown>(`${base(workspaceId)}/procurements`, { method: 'POST', body }),
    onSettled: refresh,
  });
}

export function useUpdateProcurement(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateProcurementRequest }) =>
      apiRequest<unknown>(`${base(workspaceId)}/procurements/${part(id)}`, {
        method: 'PATCH',
        body,
      }),
    onSettled: refresh,
  });
}

export function useDeleteProcurement(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<unknown>(`${base(workspaceId)}/procurements/${part(id)}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
}

export function useFollowUps(workspaceId: string, procurementId: string) {
  return useQuery({
    queryKey: methodKeys.followUps(workspaceId, procurementId),
    queryFn: ({ signal }) =>
      apiRequest<FollowUpEntriesResponse>(
        `${base(workspaceId)}/procurements/${part(procurementId)}/follow-up`,
        { signal },
      ),
  });
}

export function useCreateFollowUp(workspaceId: string, procurementId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (body: CreateFollowUpEntryRequest) =>
      apiRequest<unknown>(`${base(workspaceId)}/procurements/${part(procurementId)}/follow-up`, {
        method: 'POST',
        body,
      }),
    onSettled: refresh,
  });
}

export function useDashboard(workspaceId: string) {
  return useQuery({
    queryKey: methodKeys.dashboard(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<FollowUpDashboard>(`${base(workspaceId)}/follow-up/dashboard`, { signal }),
  });
}

const entryPath = (workspaceId: string, procurementId: string, entryId: string) =>
  `${base(workspaceId)}/procurements/${part(procurementId)}/follow-up/${part(entryId)}`;

export function useUpdateFollowUp(workspaceId: string, procurementId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: UpdateFollowUpEntryRequest }) =>
      apiRequest<unknown>(entryPath(workspaceId, procurementId, entryId), {
        method: 'PATCH',
        body,
      }),
    onSettled: refresh,
  });
}

export function useDeleteFollowUp(workspaceId: string, procurementId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (entryId: string) =>
      apiRequest<unknown>(entryPath(workspaceId, procurementId, entryId), { method: 'DELETE' }),
    onSettled: refresh,
  });
}

export function useSetGoal(workspaceId: string) {
  const refresh = useRefreshMethod(workspaceId);
  return useMutation({
    mutationFn: (body: SetSocialRequirementGoalRequest) =>
      apiRequest<SocialRequirementGoalResponse>(`${base(workspaceId)}/follow-up/goal`, {
        method: 'PUT',
        body,
      }),
    onSettled: refresh,
  });
}
