/**
 * What is wrong with a new account's name and password, checked before the
 * invitation is accepted: the first problem found, as a translation key with
 * its values, or null when the form may be sent.
 */
/** The server's minimum (shared/src/api/common.ts newPasswordField). */
export const MIN_PASSWORD_LENGTH = 10;

export type NewAccountProblem =
  | { key: 'auth.invite.nameRequired' }
  | { key: 'auth.invite.passwordTooShort'; count: number }
  | { key: 'auth.invite.passwordMismatch' };

export function newAccountProblem({
  name,
  password,
  confirm,
}: {
  name: string;
  password: string;
  confirm: string;
}): NewAccountProblem | null {
  if (name.trim() === '') return { key: 'auth.invite.nameRequired' };
  // Same measure as the server's newPasswordField (zod counts UTF-16 units).
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { key: 'auth.invite.passwordTooShort', count: MIN_PASSWORD_LENGTH };
  }
  if (password !== confirm) return { key: 'auth.invite.passwordMismatch' };
  return null;
}
