/**
 * Unsubscribe links: `<userId>.<HMAC-SHA256(userId, key)>`, where the key is
 * a random secret kept in the user's preferences. A link works without
 * signing in, proves only "stop mailing this person", and a new key (never
 * rotated today) would void every old link.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const signature = (userId: string, key: string) =>
  createHmac('sha256', key).update(userId, 'utf8').digest('base64url');

export function unsubscribeToken(userId: string, key: string): string {
  return `${Buffer.from(userId, 'utf8').toString('base64url')}.${signature(userId, key)}`;
}

/** The user id a token names (unchecked): look up their key, then call verify. */
export function tokenUserId(token: string): string | null {
  const [encoded, mac] = token.split('.');
  if (!encoded || !mac) return null;
  return Buffer.from(encoded, 'base64url').toString('utf8') || null;
}

export function verifyUnsubscribeToken(token: string, userId: string, key: string): boolean {
  const expected = Buffer.from(unsubscribeToken(userId, key));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
