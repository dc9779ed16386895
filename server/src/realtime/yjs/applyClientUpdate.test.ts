// applyClientUpdate on mutated (garbage but readable) updates: the room doc
// either takes the update, or is left unchanged, or the returned repair
// update reproduces exactly what landed, so doc and log never diverge.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyClientUpdate } from './applyClientUpdate.js';
import { inspectUpdate } from './updateInspector.js';

function baseDocument(): { base: Uint8Array; edits: Uint8Array[] } {
  const doc = new Y.Doc();
  const edits: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => edits.push(update));
  const text = doc.getText('text');
  text.insert(0, 'Överenskommelsen 2008');
  text.format(0, 4, { bold: true });
  text.delete(3, 2);
  doc.getMap('map').set('nested', { list: [1, 'två', null] });
  const xml = doc.getXmlFragment('pm');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('stycke')]);
  xml.insert(0, [paragraph]);
  return { base: Y.encodeStateAsUpdate(doc), edits };
}

const contentOf = (doc: Y.Doc) =>
  JSON.stringify({
    sv: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(),
    text: doc.getText('text').toDelta(),
    map: doc.getMap('map').toJSON(),
    xml: doc.getXmlFragment('pm').toString(),
    size: Y.encodeStateAsUpdate(doc).length,
  });

describe('applyClientUpdate', () => {
  it('reports a real change, and no change for a duplicate', () => {
    const { base } = baseDocument();
    const doc = new Y.Doc();
    const first = applyClientUpdate(doc, base, inspectUpdate(base)!, null);
    expect(first).toMatchObject({ status: 'applied', changed: true });
    const again = applyClientUpdate(doc, base, inspectUpdate(base)!, null);
    expect(again).toMatchObject({ status: 'applied', changed: false });
  });

  it('never lets a rejected update change the doc behind the log’s back', () => {
    const { base, edits } = baseDocument();
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let rejected = 0;
    for (const source of [...edits, base]) {
      for (let round = 0; round < 300; round++) {
        const mutated = source.slice();
        const flips = 1 + Math.floor(random() * 4);
        for (let f = 0; f < flips; f++) {
          mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
        }
        const shape = inspectUpdate(mutated);
        if (shape === null) continue;
        const doc = new Y.Doc();
        Y.applyUpdate(doc, base);
        const before = contentOf(doc);
        const outcome = applyClientUpdate(doc, mutated, shape, null);
        if (outcome.status !== 'rejected') continue;
        rejected++;
        const fromLog = new Y.Doc();
        Y.applyUpdate(fromLog, base);
        if (outcome.repair !== null) Y.applyUpdate(fromLog, outcome.repair);
        else expect(contentOf(doc)).toBe(before);
        expect(contentOf(fromLog)).toBe(contentOf(doc));
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });
});
