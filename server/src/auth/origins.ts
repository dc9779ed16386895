/**
 * Origin checks against cross-site requests (CSRF on REST, cross-site
 * WebSocket hijacking on /yjs and /socket.io). Allowed: the server's own
 * origin (from PUBLIC_URL, or else the request's Host) and ALLOWED_ORIGINS.
 */
import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  allowedOrigins: readonly string[];
  publicUrl?: string | undefined;
  trustProxy: boolean;
}

/** The origin this request was addressed to, as a browser on the same site would send it. */
export function ownOrigin(req: IncomingMessage, policy: OriginPolicy): string | undefined {
  if (policy.publicUrl) return new URL(policy.publicUrl).origin;
  const host = forwarded(req, 'x-forwarded-host', policy) ?? req.headers.host;
  if (!host) return undefined;
  return `${requestProtocol(req, policy)}://${host}`;
}

export function requestProtocol(req: IncomingMessage, policy: OriginPolicy): 'http' | 'https' {
  const proto = forwarded(req, 'x-forwarded-proto', policy);
  if (proto === 'https' || proto === 'wss') return 'https';
  if (proto === 'http' || proto === 'ws') return 'http';
  return 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
}

export function isOriginAllowed(
  origin: string,
  req: IncomingMessage,
  policy: OriginPolicy,
): boolean {
  if (policy.allowedOrigins.includes(origin)) return true;
  const own = ownOrigin(req, policy);
  return own !== undefined && own.toLowerCase() === origin.toLowerCase();
}

function forwarded(req: IncomingMessage, header: string, policy: OriginPolicy) {
  if (!policy.trustProxy) return undefined;
  const value = req.headers[header];
  const first = (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();
  return first || undefined;
}
