// The newest event seq a person has seen in a workspace, kept in this browser.
const key = (workspaceId: string) => `samverka.activity.lastSeen.${workspaceId}`;

export function readLastSeen(workspaceId: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(key(workspaceId)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function writeLastSeen(workspaceId: string, seq: number): void {
  try {
    const current = readLastSeen(workspaceId) ?? 0;
    if (seq > current) window.localStorage.setItem(key(workspaceId), String(seq));
  } catch {
    // Storage may be disabled; the marker is a convenience.
  }
}
