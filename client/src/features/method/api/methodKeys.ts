// Cache keys of the method screens; all under one prefix so one live event refreshes them all.
export const methodKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'method'] as const,
  process: (workspaceId: string) => ['workspaces', workspaceId, 'method', 'process'] as const,
  legalTest: (workspaceId: string) => ['workspaces', workspaceId, 'method', 'legal-test'] as const,
  principles: (workspaceId: string) => ['workspaces', workspaceId, 'method', 'principles'] as const,
  procurements: (workspaceId: string) =>
    ['workspaces', workspaceId, 'method', 'procurements'] as const,
  followUps: (workspaceId: string, procurementId: string) =>
    ['workspaces', workspaceId, 'method', 'procurements', procurementId, 'follow-ups'] as const,
  dashboard: (workspaceId: string) => ['workspaces', workspaceId, 'method', 'dashboard'] as const,
};
