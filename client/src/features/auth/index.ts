// Public surface of the auth feature. The invitation, password-reset and
// address-verification pages are loaded on their own (src/lazyPages.tsx), so
// they are not re-exported here.
export { useLogin, useLogout, useMe } from './api/authApi';
export { LoginPage } from './components/LoginPage';
export { RequireAuth } from './components/RequireAuth';
export { useVerifyUserEmail } from './api/accountApi';
export { UnverifiedEmailNotice } from './components/UnverifiedEmailNotice';
