// Live drift in the editor, on real ProseMirror documents of the shared schema.
import type { Decision, DocumentDecision } from '@samverka/shared';
import { editorSchema, sectionText } from '@samverka/shared/editor';
import { describe, expect, it } from 'vitest';

import { driftedSections, sectionAt } from './editorDrift';

const schema = editorSchema();

function doc(clauseText: string) {
  const heading = (sectionId: string, level: number, text: string) =>
    schema.nodes.heading!.create({ level, sectionId }, schema.text(text));
  const paragraph = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
  return schema.nodes.doc!.create(null, [
    heading('s-parter', 2, 'Parter'),
    paragraph('Ängby kommun och Ängby Stadsmission.'),
    heading('s-insatser', 2, 'Parternas insatser och resurser'),
    paragraph(clauseText),
    heading('s-sub', 3, 'Lokaler'),
    paragraph('Kommunen upplåter lokaler.'),
  ]);
}

function decided(wording: string, status: Decision['status'] = 'decided'): DocumentDecision {
  return {
    decision: {
      id: 'd1',
      workspaceId: 'w',
      bodyId: 'b',
      advisoryBodyIds: [],
      type: 'document_approval',
      title: 'Insatser',
      proposal: '',
      rule: { kind: 'consent_all_parties' },
      requiredOrganisationIds: ['o'],
      deadline: null,
      status,
      subject: {
        documentId: 'doc',
        sections: [
          {
            sectionId: 's-insatser',
            heading: 'Parternas insatser och resurser',
            wording,
            contentHash: null,
          },
        ],
      },
      contentHash: null,
      followsUpDecisionId: null,
      outcomeStatement: null,
      overrideStatement: null,
      createdBy: 'u',
      createdAt: '2026-03-12T09:00:00.000Z',
      openedAt: '2026-03-12T09:00:00.000Z',
      closedAt: null,
      closedBy: null,
      meetingId: null,
    },
    result: { outcome: 'decided', approving: [], rejecting: [], awaiting: [] },
    sections: [],
  };
}

describe('driftedSections', () => {
  const approved = sectionText(doc('Kommunen bidrar med 2 handledare.'), 's-insatser')!;

  it('flags nothing while the clause reads as approved', () => {
    expect(driftedSections(doc('Kommunen bidrar med 2 handledare.'), [decided(approved)])).toEqual(
      [],
    );
  });

  it('flags the clause once a word in it changes, naming the decision', () => {
    expect(driftedSections(doc('Kommunen bidrar med 3 handledare.'), [decided(approved)])).toEqual([
      {
        decisionId: 'd1',
        title: 'Insatser',
        status: 'decided',
        sectionId: 's-insatser',
        heading: 'Parternas insatser och resurser',
      },
    ]);
  });

  it('ignores drafts, whose wording is not stored yet', () => {
    expect(driftedSections(doc('Ändrad.'), [decided(approved, 'draft')])).toEqual([]);
  });
});

describe('sectionAt', () => {
  it('finds the innermost section around the cursor', () => {
    const document = doc('Text');
    let subPosition = 0;
    document.forEach((node, offset) => {
      if (node.textContent === 'Kommunen upplåter lokaler.') subPosition = offset + 2;
    });
    expect(sectionAt(document, subPosition)?.sectionId).toBe('s-sub');
    expect(sectionAt(document, 1)?.sectionId).toBe('s-parter');
  });
});
