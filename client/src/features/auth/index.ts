// Public surface of the auth feature. The invitation page is loaded on its own
// (src/lazyPages.ts), so it is not re-exported here.
export { useLogin, useLogout, useMe } from './api/authApi';
export { LoginPage } from './components/LoginPage';
export { RequireAuth } from './components/RequireAuth';
