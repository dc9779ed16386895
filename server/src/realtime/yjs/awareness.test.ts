// RoomAwareness bounds as plain logic (the hub tests drive the same class
// through real sockets): the per-room count and byte caps, and that a
// departed connection's bytes are freed for others.
import { describe, expect, it } from 'vitest';
import { awarenessStates } from '../../test-support/index.js';
import { decodeAwarenessUpdate, RoomAwareness } from './awareness.js';

const entries = (clientId: number, clock: number, state: unknown) =>
  decodeAwarenessUpdate(
    awarenessStates.rawAwarenessUpdate(clientId, clock, JSON.stringify(state)),
  )!;
const state = (marker: string) => ({ cursor: awarenessStates.markerCursor(marker) });
const limits = {
  maxStateBytes: 8192,
  maxStatesPerConnection: 4,
  maxStatesPerRoom: 3,
  maxRoomBytes: 1 << 20,
};

describe('RoomAwareness bounds', () => {
  it('keeps at most maxStatesPerRoom states; others are dropped without blame', () => {
    const room = new RoomAwareness(limits);
    const owners = [{}, {}, {}, {}];
    owners.forEach((owner, i) => {
      const { accepted, rejected } = room.apply(
        owner,
        entries(i + 1, 1, state(`p${i}`)),
        undefined,
      );
      expect(rejected).toBe(0);
      expect(accepted.length).toBe(i < 3 ? 1 : 0);
    });
    expect(room.size).toBe(3);
    // Updating a held state is still allowed in a full room.
    expect(room.apply(owners[0]!, entries(1, 2, state('neu')), undefined).accepted.length).toBe(1);
    // Once someone leaves there is room again.
    room.removeOwnedBy(owners[1]!);
    expect(room.apply(owners[3]!, entries(4, 1, state('p3')), undefined).accepted.length).toBe(1);
  });

  it('keeps the room under maxRoomBytes and frees a departed connection’s bytes', () => {
    const one = JSON.stringify(state('a')).length;
    const room = new RoomAwareness({ ...limits, maxStatesPerRoom: 100, maxRoomBytes: one * 2 });
    const [a, b, c] = [{}, {}, {}];
    expect(room.apply(a, entries(1, 1, state('a')), undefined).accepted.length).toBe(1);
    expect(room.apply(b, entries(2, 1, state('b')), undefined).accepted.length).toBe(1);
    expect(room.apply(c, entries(3, 1, state('c')), undefined).accepted.length).toBe(0);
    expect(room.bytes).toBe(one * 2);
    room.removeOwnedBy(a);
    expect(room.bytes).toBe(one);
    expect(room.apply(c, entries(3, 1, state('c')), undefined).accepted.length).toBe(1);
    // A removal (null) frees bytes too.
    expect(room.apply(b, entries(2, 1, null), undefined).accepted[0]?.json).toBe('null');
    expect(room.bytes).toBe(one);
  });
});

describe('RoomAwareness ownership after a reconnect', () => {
  const anna = { userId: 'anna', name: 'Anna', colour: '#123456' };
  const bo = { userId: 'bo', name: 'Bo', colour: '#654321' };

  it("lets the same person's new connection take over their client id at once", () => {
    const room = new RoomAwareness(limits);
    const oldSocket = {};
    const newSocket = {};
    expect(room.apply(oldSocket, entries(7, 3, state('före')), anna).accepted.length).toBe(1);
    // The reconnected tab re-announces its current state with the same clock.
    const taken = room.apply(newSocket, entries(7, 3, state('efter')), anna);
    expect(taken.accepted.map((e) => e.clock)).toEqual([3]);
    expect(markerIn(room, 7)).toBe('efter');
    // The old socket closing later removes nothing it no longer owns.
    expect(room.removeOwnedBy(oldSocket)).toEqual([]);
    expect(markerIn(room, 7)).toBe('efter');
    expect(room.removeOwnedBy(newSocket).map((e) => e.clientId)).toEqual([7]);
  });

  it('refuses a takeover by someone else, by an anonymous connection, or with an older clock', () => {
    const room = new RoomAwareness(limits);
    const annasSocket = {};
    room.apply(annasSocket, entries(7, 3, state('anna')), anna);
    expect(room.apply({}, entries(7, 9, state('bo')), bo).accepted).toEqual([]);
    expect(room.apply({}, entries(7, 9, state('anonym')), undefined).accepted).toEqual([]);
    expect(room.apply({}, entries(7, 2, state('gammal')), anna).accepted).toEqual([]);
    expect(markerIn(room, 7)).toBe('anna');
  });
});

function markerIn(room: RoomAwareness, clientId: number): string | undefined {
  const held = room.current().find((e) => e.clientId === clientId);
  return held === undefined ? undefined : awarenessStates.markerOf(JSON.parse(held.json));
}
