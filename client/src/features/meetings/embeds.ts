// The workspace home's "Nästa möte" (kept apart from index.ts so the meeting pages stay in their own chunk).
export { NextMeeting } from './components/NextMeeting';
