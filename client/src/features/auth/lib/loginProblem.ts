// What is wrong with a sign-in form before it is sent: a missing address or password, or an
// address that cannot be one. The server still checks everything; this only spares the round trip.

export type LoginProblemKey =
  | 'auth.login.missingBoth'
  | 'auth.login.missingEmail'
  | 'auth.login.missingPassword'
  | 'auth.login.invalidEmail';

export interface LoginProblem {
  key: LoginProblemKey;
  emailInvalid: boolean;
  passwordMissing: boolean;
}

export function loginProblem(email: string, password: string): LoginProblem | null {
  const address = email.trim();
  const emailMissing = address === '';
  const emailMalformed = !emailMissing && !/^[^\s@]+@[^\s@]+$/.test(address);
  const passwordMissing = password === '';
  const emailInvalid = emailMissing || emailMalformed;
  if (!emailInvalid && !passwordMissing) return null;
  let key: LoginProblemKey;
  if (emailMissing && passwordMissing) key = 'auth.login.missingBoth';
  else if (emailMissing) key = 'auth.login.missingEmail';
  else if (emailMalformed) key = 'auth.login.invalidEmail';
  else key = 'auth.login.missingPassword';
  return { key, emailInvalid, passwordMissing };
}
