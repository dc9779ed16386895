// What the server writes into minutes merges with what the secretary types
// at the same moment: two replicas of the same minutes, one gets the
// decision written under its agenda item, the other types in that very
// item; after exchanging updates both hold both texts, in the right place.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentNode } from '../documentContent.js';
import { EDITOR_FRAGMENT, templateInitialUpdate } from '../templateContent.js';
import { agendaSectionId, prefillMinutes, writeDecisionIntoMinutes } from './minutesContent.js';

const textOf = (doc: Y.Doc) => {
  const node = readDocumentNode(doc);
  return node.textBetween(0, node.content.size, '\n');
};

function prefilledMinutes(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, templateInitialUpdate('minutes')!);
  prefillMinutes(doc, {
    meetingLines: ['Tid: 12 maj 2026 10:00–12:00'],
    attendanceLines: ['Kommunal: ej representerad'],
    agendaItems: [
      { id: 'a1', heading: '§ 1 Öppnande' },
      { id: 'a2', heading: '§ 2 Avtalet' },
    ],
    approvalLines: ['Justerare: Fredrik FK, Ulla Facket'],
  });
  return doc;
}

describe('minutes written by the server', () => {
  it('prefills meeting data, attendance, agenda headings with stable ids and approvers', () => {
    const doc = prefilledMinutes();
    const text = textOf(doc);
    expect(text.indexOf('Tid: 12 maj')).toBeLessThan(text.indexOf('Dagordning'));
    expect(text).toContain('Kommunal: ej representerad');
    expect(text.indexOf('§ 2 Avtalet')).toBeGreaterThan(text.indexOf('Dagordning'));
    expect(text.indexOf('Justerare:')).toBeGreaterThan(text.indexOf('Justering'));
    const ids: unknown[] = [];
    readDocumentNode(doc).forEach((node) => {
      if (node.type.name === 'heading') ids.push(node.attrs.sectionId);
    });
    expect(ids).toContain(agendaSectionId('a2'));
  });

  it('merges a decision written under its item with the secretary typing there', () => {
    const server = prefilledMinutes();
    const secretary = new Y.Doc();
    Y.applyUpdate(secretary, Y.encodeStateAsUpdate(server));

    // The secretary types into the empty paragraph under § 2 …
    const fragment = secretary.getXmlFragment(EDITOR_FRAGMENT);
    const items = fragment.toArray();
    const heading = items.findIndex(
      (item) => item instanceof Y.XmlElement && item.getAttribute('sectionId') === 'agenda-a2',
    );
    const paragraph = items[heading + 1] as Y.XmlElement;
    paragraph.insert(0, [new Y.XmlText('Diskussionen gällde lokalerna.')]);
    // … while the server writes the decision under the same item.
    writeDecisionIntoMinutes(server, 'a2', ['Beslut: Avtalet. Beslutat.', 'Kommunal: avstår']);

    Y.applyUpdate(server, Y.encodeStateAsUpdate(secretary));
    Y.applyUpdate(secretary, Y.encodeStateAsUpdate(server));
    const merged = textOf(server);
    expect(textOf(secretary)).toBe(merged);
    const at = (text: string) => merged.indexOf(text);
    expect(at('Diskussionen gällde lokalerna.')).toBeGreaterThan(at('§ 2 Avtalet'));
    expect(at('Beslut: Avtalet. Beslutat.')).toBeGreaterThan(at('§ 2 Avtalet'));
    expect(at('Kommunal: avstår')).toBeLessThan(at('Justering'));
  });

  it('writes under "Beslut" when the item has no heading in these minutes', () => {
    const doc = prefilledMinutes();
    writeDecisionIntoMinutes(doc, 'added-later', ['Beslut: Nytt.']);
    writeDecisionIntoMinutes(doc, null, ['Beslut: Utan punkt.']);
    const text = textOf(doc);
    expect(text.indexOf('Beslut: Nytt.')).toBeGreaterThan(text.indexOf('\nBeslut\n'));
    expect(text.indexOf('Beslut: Utan punkt.')).toBeLessThan(text.indexOf('Justering'));
  });
});
