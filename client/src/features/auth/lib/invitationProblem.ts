// What to tell a person whose acceptance of an invitation was refused.
import type { TFunction } from 'i18next';

import { ApiError } from '../../../lib/apiClient';

export function invitationProblem(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'workspace_closed') return t('auth.invite.workspaceClosed');
    if ([400, 401, 404, 409].includes(error.status)) return t('auth.invite.rejected');
  }
  return t('errors.generic.advice');
}
