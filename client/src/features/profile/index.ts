// Public surface of the profile feature ("Me").
export { ProfilePage } from './components/ProfilePage';
