// Cache keys of the meetings feature, so socket updates and mutations invalidate the same entries.
export const meetingKeys = {
  all: ['meetings'] as const,
  ofBody: (bodyId: string) => ['meetings', 'body', bodyId] as const,
  meeting: (meetingId: string) => ['meetings', 'meeting', meetingId] as const,
  decision: (decisionId: string) => ['meetings', 'decision', decisionId] as const,
};
