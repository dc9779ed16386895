/**
 * Getting a script into Samverka the way an integration would: the server
 * bootstraps a site admin from ADMIN_EMAIL/ADMIN_PASSWORD; we sign in
 * (POST /api/auth/login), create an API token (POST /api/tokens) and from
 * then on use only the token: a workspace, documents (REST, Bearer), and
 * `?token=` on every Yjs socket. Used by the fault suite and the benchmark.
 */

export const SCRIPT_ADMIN = {
  email: 'fault-suite-admin@example.org',
  password: 'fault-suite-admin-password',
};

/** Environment that makes a fresh server create the admin above. */
export const adminEnv = (): Record<string, string> => ({
  ADMIN_EMAIL: SCRIPT_ADMIN.email,
  ADMIN_PASSWORD: SCRIPT_ADMIN.password,
});

export interface SamverkaAccess {
  readonly token: string;
  readonly workspaceId: string;
  /** Creates blank documents through the REST API; returns their ids (= Yjs room names). */
  createDocuments(count: number, title: string): Promise<string[]>;
  /** ws://…/yjs/<id>?token=… for raw sockets. */
  documentUrl(wsUrl: string, documentId: string): string;
  /** Query parameters for a y-websocket provider. */
  params: Record<string, string>;
}

async function call<T>(
  httpUrl: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ json: T; response: Response }> {
  const response = await fetch(`${httpUrl}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} → HTTP ${response.status}: ${await response.text()}`);
  }
  return { json: (await response.json()) as T, response };
}

export async function bootstrapAccess(httpUrl: string): Promise<SamverkaAccess> {
  const login = await call(httpUrl, 'POST', '/auth/login', SCRIPT_ADMIN, {});
  const cookie = login.response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { json: created } = await call<{ secret: string }>(
    httpUrl,
    'POST',
    '/tokens',
    { name: 'fault suite and benchmark' },
    { cookie },
  );
  const bearer = { authorization: `Bearer ${created.secret}` };
  const { json: view } = await call<{ workspace: { id: string } }>(
    httpUrl,
    'POST',
    '/workspaces',
    {
      name: 'Mätningar',
      kind: 'other',
      organisation: { name: 'Testföreningen', kind: 'idea_based' },
    },
    bearer,
  );
  return tokenAccess(httpUrl, created.secret, view.workspace.id);
}

/** Access through an existing token (e.g. one created before a restart). */
export function tokenAccess(httpUrl: string, token: string, workspaceId: string): SamverkaAccess {
  const bearer = { authorization: `Bearer ${token}` };
  return {
    token,
    workspaceId,
    params: { token },
    async createDocuments(count, title) {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const { json } = await call<{ document: { id: string } }>(
          httpUrl,
          'POST',
          `/workspaces/${workspaceId}/documents`,
          { title: `${title} ${i + 1}`, template: 'blank' },
          bearer,
        );
        ids.push(json.document.id);
      }
      return ids;
    },
    documentUrl: (wsUrl, documentId) =>
      `${wsUrl}/${encodeURIComponent(documentId)}?token=${encodeURIComponent(token)}`,
  };
}
