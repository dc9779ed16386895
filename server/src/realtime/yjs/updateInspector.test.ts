// inspectUpdate must accept every update Yjs writes, and whatever it accepts
// Yjs must be able to read completely (truncations and byte flips included).
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from './updateInspector.js';

/** Updates covering every content type of the v1 format. */
function sampleUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('text');
  text.insert(0, 'Hej världen 👋');
  text.format(0, 3, { bold: true });
  text.insertEmbed(2, { image: 'x.png' });
  text.delete(4, 2);
  const map = doc.getMap('map');
  map.set('number', 42);
  map.set('negative', -123456789);
  map.set('float', 1.5);
  map.set('big', 2n ** 60n);
  map.set('nested', { list: [1, 'two', null, true, false, { deep: [new Uint8Array([1, 2])] }] });
  map.set('bytes', new Uint8Array([9, 8, 7]));
  map.set('undef', undefined);
  map.delete('number');
  const array = doc.getArray<unknown>('array');
  array.insert(0, [1, 2, 3, 'fyra']);
  array.insert(1, [new Y.Map(), new Y.Array(), new Y.Text('inner')]);
  array.delete(0, 1);
  const xml = doc.getXmlFragment('prosemirror');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('align', 'left');
  paragraph.insert(0, [new Y.XmlText('stycke')]);
  xml.insert(0, [paragraph]);
  // XmlHook is a valid child at runtime; the typings only list elements and text.
  (xml as unknown as Y.Array<unknown>).insert(1, [new Y.XmlHook('hook')]);
  const sub = new Y.Doc({ guid: 'sub-guid' });
  map.set('subdoc', sub);
  updates.push(Y.encodeStateAsUpdate(doc));
  return updates;
}

/** A minimal legacy ContentJSON item (ref 2) under root key "j". */
function contentJsonUpdate(values: string[]): Uint8Array {
  const bytes: number[] = [1, 1, 7, 0, 2, 1, 1, 'j'.charCodeAt(0), values.length];
  for (const value of values) bytes.push(value.length, ...Buffer.from(value));
  bytes.push(0);
  return new Uint8Array(bytes);
}

/** Each client's clock after applying the update's structs (pending ones included). */
function stateOf(update: Uint8Array): Map<number, number> {
  const state = new Map<number, number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    const end = struct.id.clock + struct.length;
    if (end > (state.get(struct.id.client) ?? 0)) state.set(struct.id.client, end);
  }
  return state;
}

const readable = (update: Uint8Array): boolean => {
  try {
    Y.decodeUpdate(new Uint8Array(update));
    return true;
  } catch {
    return false;
  }
};

describe('inspectUpdate', () => {
  it('accepts every update Yjs produces and reports its struct clients', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc))).toEqual({
      structClients: [doc.clientID],
      structEnds: [1],
      empty: false,
    });
    for (const update of sampleUpdates()) expect(inspectUpdate(update)).not.toBeNull();
    expect(inspectUpdate(contentJsonUpdate(['{"a":1}', 'undefined', '[1,2]']))).not.toBeNull();
  });

  it('recognises an empty update and a delete-only update', () => {
    expect(inspectUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual({
      structClients: [],
      structEnds: [],
      empty: true,
    });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const sv = Y.encodeStateVector(doc);
    doc.getText('t').delete(0, 1);
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc, sv))).toEqual({
      structClients: [],
      structEnds: [],
      empty: false,
    });
  });

  it('reports where each client’s structs end, as Yjs counts clocks', () => {
    const other = new Y.Doc();
    other.getText('t').insert(0, 'Å👋 ');
    const samples = [...sampleUpdates(), Y.encodeStateAsUpdate(other)];
    const doc = new Y.Doc();
    for (const update of samples) Y.applyUpdate(doc, update);
    // Several clients, a part starting mid-way (clock > 0), and merged updates with gaps (Skip).
    const start = new Y.Doc();
    const parts: Uint8Array[] = [];
    start.on('update', (update: Uint8Array) => parts.push(update));
    start.getText('t').insert(0, 'början');
    start.getText('t').insert(6, ' och 🦊');
    start.getText('t').insert(13, ' slut');
    const withGap = Y.mergeUpdates([parts[0]!, parts[2]!, Y.encodeStateAsUpdate(other)]);
    expect(Y.decodeUpdate(withGap).structs.some((struct) => struct instanceof Y.Skip)).toBe(true);
    samples.push(Y.encodeStateAsUpdate(doc), parts[1]!, parts[2]!, withGap);
    for (const update of samples) {
      const shape = inspectUpdate(update)!;
      const ends = new Map(shape.structClients.map((client, i) => [client, shape.structEnds[i]]));
      expect(ends).toEqual(stateOf(update));
    }
  });

  it('rejects invalid JSON where Yjs would parse JSON', () => {
    expect(inspectUpdate(contentJsonUpdate(['{"a":']))).toBeNull();
  });

  it('rejects every truncation that Yjs could not read', () => {
    for (const update of sampleUpdates()) {
      for (let end = 0; end < update.length; end++) {
        const cut = update.slice(0, end);
        if (inspectUpdate(cut) !== null) expect(readable(cut)).toBe(true);
      }
    }
  });

  it('only accepts byte-flipped updates that Yjs can read', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let accepted = 0;
    for (const update of sampleUpdates()) {
      for (let round = 0; round < 200; round++) {
        const mutated = update.slice();
        const flips = 1 + Math.floor(random() * 3);
        for (let f = 0; f < flips; f++)
          mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
        if (inspectUpdate(mutated) !== null) {
          accepted++;
          expect(readable(mutated)).toBe(true);
        }
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('never reads past the view into a larger shared buffer', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello world');
    const update = Y.encodeStateAsUpdate(doc);
    const pool = new Uint8Array(update.length + 64);
    pool.set(update);
    const view = pool.subarray(0, update.length - 3);
    expect(inspectUpdate(view)).toBeNull();
  });
});
