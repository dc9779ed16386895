// REST calls for password reset and address verification by mailed links.
import type {
  AuthCapabilitiesResponse,
  MailLanguage,
  EmailVerifiedResponse,
  PasswordResetConfirm,
  PasswordResetRequest,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { queryKeys } from '../../../lib/queryKeys';

/** Whether this server sends mail (password reset by mail is offered only then). */
export function useAuthCapabilities() {
  return useQuery({
    queryKey: queryKeys.authCapabilities,
    queryFn: ({ signal }) =>
      apiRequest<AuthCapabilitiesResponse>('/api/auth/capabilities', { signal }),
    staleTime: Infinity,
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) =>
      apiRequest<void>('/api/auth/password-reset', { method: 'POST', body }),
  });
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetConfirm) =>
      apiRequest<void>('/api/auth/password-reset/confirm', { method: 'POST', body }),
    // Every session of the account ended, this browser's too.
    onSuccess: () => queryClient.clear(),
  });
}

export function useConfirmEmailVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest<EmailVerifiedResponse>('/api/auth/email-verification/confirm', {
        method: 'POST',
        body: { token },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}

/** Mails the signed-in person a link that proves their address. */
export function useRequestEmailVerification() {
  return useMutation({
    mutationFn: (language: MailLanguage) =>
      apiRequest<void>('/api/me/email-verification', { method: 'POST', body: { language } }),
  });
}

/** Site admins: mark a person's address verified by hand. */
export function useVerifyUserEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest<EmailVerifiedResponse>(
        `/api/users/${encodeURIComponent(userId)}/email-verification`,
        { method: 'POST' },
      ),
    // Member lists carry the verified flag.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces'] }),
  });
}
