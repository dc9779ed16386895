/**
 * Who is in the document, read from Yjs awareness. The hub overwrites the
 * `user` field with the identity it authenticated, so names and
 * organisations here are trustworthy; one person with two tabs counts once.
 */
import type { Awareness } from 'y-protocols/awareness';

import { compareSwedish } from '../../../lib/format';

export interface PresentUser {
  key: string;
  name: string;
  organisation: string;
  colour: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function readUser(state: Record<string, unknown> | undefined): PresentUser | null {
  const user = state?.user;
  if (typeof user !== 'object' || user === null) return null;
  const fields = user as Record<string, unknown>;
  const name = text(fields.name);
  if (!name) return null;
  const organisation = text(fields.organisation) || text(fields.organisationName);
  const colour = text(fields.colour) || text(fields.color) || '#505050';
  const key = text(fields.id) || text(fields.userId) || `${name}|${organisation}`;
  return { key, name, organisation, colour };
}

/** Everyone present except this tab's own client, one entry per person, sorted by name. */
export function remoteUsers(awareness: Awareness): PresentUser[] {
  const byKey = new Map<string, PresentUser>();
  const self = readUser(awareness.getLocalState() ?? undefined);
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const user = readUser(state);
    if (!user || (self && user.key === self.key)) continue;
    byKey.set(user.key, user);
  }
  return [...byKey.values()].sort((a, b) => compareSwedish(a.name, b.name));
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
