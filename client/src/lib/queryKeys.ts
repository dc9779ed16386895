// Every cache key in one place so invalidation and socket updates agree.
export const queryKeys = {
  me: ['me'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (id: string) => ['workspaces', id] as const,
  organisations: (workspaceId: string) => ['workspaces', workspaceId, 'organisations'] as const,
  bodies: (workspaceId: string) => ['workspaces', workspaceId, 'bodies'] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  invitations: (workspaceId: string) => ['workspaces', workspaceId, 'invitations'] as const,
  documents: (workspaceId: string) => ['workspaces', workspaceId, 'documents'] as const,
  document: (id: string) => ['documents', id] as const,
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
  authCapabilities: ['auth-capabilities'] as const,
  myTokens: ['me', 'tokens'] as const,
  mySessions: ['me', 'sessions'] as const,
};
