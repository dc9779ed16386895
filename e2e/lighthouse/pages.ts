/**
 * The three pages Lighthouse measures, found on a freshly seeded demo server:
 * the sign-in page (no cookie), the demo workspace and its first document
 * (both signed in as the demo coordinator, whose session cookie is sent with
 * every request through Lighthouse's extraHeaders).
 */
import { documentListResponseSchema, workspaceListResponseSchema } from '@samverka/shared';

import { demo } from '../support/demo.js';

export interface MeasuredPage {
  name: 'sign-in' | 'workspace' | 'document';
  url: string;
  /** Sent with every request of the run; absent for the signed-out page. */
  headers?: Record<string, string>;
}

async function signInCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email: demo.admin.email, password: demo.admin.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const setCookie = response.headers.get('set-cookie');
  const cookie = setCookie?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

async function getJson(url: string, cookie: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Cookie: cookie, Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export async function measuredPages(baseUrl: string): Promise<MeasuredPage[]> {
  const cookie = await signInCookie(baseUrl);
  const { workspaces } = workspaceListResponseSchema.parse(
    await getJson(`${baseUrl}/api/workspaces`, cookie),
  );
  const workspace = workspaces[0]?.workspace;
  if (!workspace) throw new Error('the demo seed has no workspace');
  const { documents } = documentListResponseSchema.parse(
    await getJson(`${baseUrl}/api/workspaces/${workspace.id}/documents`, cookie),
  );
  const document = documents[0];
  if (!document) throw new Error('the demo workspace has no document');
  const headers = { Cookie: cookie };
  return [
    { name: 'sign-in', url: `${baseUrl}/login` },
    { name: 'workspace', url: `${baseUrl}/workspaces/${workspace.id}`, headers },
    { name: 'document', url: `${baseUrl}/documents/${document.id}`, headers },
  ];
}
