// Public surface of the notifications feature (issue 11): header centre, unsubscribe page, preferences.
export { NotificationCentre } from './components/NotificationCentre';
export { NotificationPreferencesSection } from './components/NotificationPreferencesSection';
export { UnsubscribePage } from './components/UnsubscribePage';
