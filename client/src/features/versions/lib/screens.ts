// What the history dialog shows: one screen at a time (fits a phone), each reachable from the list.
export type HistoryScreen =
  | { kind: 'list' }
  | { kind: 'view'; versionId: string }
  /** before = the version, after = another version's id or 'current'. */
  | { kind: 'diff'; versionId: string; against: string }
  | { kind: 'signoff'; versionId: string };
