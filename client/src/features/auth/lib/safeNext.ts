// Only same-app paths are followed after sign-in (no open redirect to other sites).
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return '/';
  return next;
}
