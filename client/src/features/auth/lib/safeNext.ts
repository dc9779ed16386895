// Only same-app paths are followed after sign-in (no open redirect to other sites).
// Browsers read "/\\host" like "//host", so a backslash after the slash is refused too.
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
