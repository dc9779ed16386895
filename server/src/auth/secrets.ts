/**
 * Random secrets for sessions, API tokens and invitation links. Secrets are
 * 32 random bytes (base64url); the store only ever sees their SHA-256. A slow
 * hash is unnecessary because the secrets are not guessable, and a fast one
 * lets every request be checked against the store.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
