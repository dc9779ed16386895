// Public surface of the auth feature.
export { useLogin, useLogout, useMe } from './api/authApi';
export { AcceptInvitationPage } from './components/AcceptInvitationPage';
export { LoginPage } from './components/LoginPage';
export { RequireAuth } from './components/RequireAuth';
export { useVerifyUserEmail } from './api/accountApi';
export { ForgotPasswordPage } from './components/ForgotPasswordPage';
export { ResetPasswordPage } from './components/ResetPasswordPage';
export { VerifyEmailPage } from './components/VerifyEmailPage';
export { UnverifiedEmailNotice } from './components/UnverifiedEmailNotice';
