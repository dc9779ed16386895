// The secret of a mailed or shared link travels in the URL fragment (`#token=…`), never to the server's logs.
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}
