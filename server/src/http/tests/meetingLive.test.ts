// Meeting mode over socket.io: when the chair moves to the next agenda
// item, a member's socket receives the `meeting:chair` event with the new
// current item (the screen follows the chair). Real server, real sockets.
import type { ActivityEntry, AgendaItemResponse, MeetingResponse } from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDecisionWorld } from '../../test-support/decisionWorld.js';
import type { DecisionWorld } from '../../test-support/decisionWorld.js';
import { apiClient, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestServer } from '../../test-support/index.js';

describe('following the chair over socket.io', () => {
  let server: TestServer;
  let api: ApiCall;
  let world: DecisionWorld;
  let socket: Socket | null = null;

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    world = await buildDecisionWorld(server);
  });
  afterEach(async () => {
    socket?.disconnect();
    await server.close();
  });

  it('pushes every move of the chair to a member', async () => {
    const created = await api<MeetingResponse>('POST', `/bodies/${world.steeringGroup}/meetings`, {
      token: world.coordinator.token,
      body: {
        title: 'Styrgruppen',
        startsAt: '2026-06-01T08:00:00Z',
        endsAt: '2026-06-01T09:00:00Z',
        chairUserId: world.kommunRep.userId,
      },
    });
    const id = created.body.meeting.meeting.id;
    const items: string[] = [];
    for (const title of ['Öppnande', 'Avtalet']) {
      const added = await api<AgendaItemResponse>('POST', `/meetings/${id}/agenda`, {
        token: world.coordinator.token,
        body: { title },
      });
      items.push(added.body.item.id);
    }
    socket = connectClient(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: world.referenceMember.token },
      reconnection: false,
      forceNew: true,
    });
    const member = socket;
    await new Promise<void>((resolve, reject) => {
      member.once('connect', () => resolve());
      member.once('connect_error', reject);
    });
    const ack = await new Promise<{ ok: boolean }>((resolve) =>
      member.emit('workspace:join', { workspaceId: server.access.workspaceId }, resolve),
    );
    expect(ack.ok).toBe(true);
    const moves: ActivityEntry[] = [];
    member.on('activity:appended', ({ entry }: { entry: ActivityEntry }) => {
      if (entry.action === 'meeting:chair') moves.push(entry);
    });
    const seen = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (moves.length < count) return;
          member.off('activity:appended', check);
          resolve();
        };
        member.on('activity:appended', check);
        check();
      });
    await api('POST', `/meetings/${id}/start`, { token: world.kommunRep.token });
    await api('POST', `/meetings/${id}/next`, { token: world.kommunRep.token });
    await seen(2);
    expect(moves.map((entry) => [entry.object.id, entry.payload])).toEqual([
      [id, expect.objectContaining({ command: 'start', currentAgendaItemId: items[0] })],
      [id, expect.objectContaining({ command: 'next', currentAgendaItemId: items[1] })],
    ]);
  });
});
