// Public surface of the meetings feature (issue 14): its three pages, each in the feature's lazy chunk.
export { BodyMeetingsPage } from './components/BodyMeetingsPage';
export { MeetingModePage } from './components/MeetingModePage';
export { MeetingPage } from './components/MeetingPage';
