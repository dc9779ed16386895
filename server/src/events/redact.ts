/**
 * Keeps secrets out of the event log. Events are append-only and exported
 * to auditors, so anything that reaches a payload stays forever: every key
 * that names password, token, secret, hash or credential material is
 * replaced by a marker, at any depth, before the event is chained.
 */
import type { EventPayload } from '@samverka/shared';

const REDACTED_KEY = /pass(word)?|token|secret|hash|credential|cookie|session|api[-_]?key/i;
export const REDACTED = '[redacted]';
/** Payloads are small by design; a larger one is a bug in the caller, not data to keep. */
export const MAX_PAYLOAD_BYTES = 4096;

export function redactPayload(payload: EventPayload): EventPayload {
  return redactObject(payload);
}

function redactObject(value: object): EventPayload {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, REDACTED_KEY.test(key) ? REDACTED : redact(v)]),
  );
}

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') return redactObject(value);
  return value;
}

export function payloadSize(payload: EventPayload): number {
  return Buffer.byteLength(JSON.stringify(payload));
}
