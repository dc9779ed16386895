/**
 * What the server writes into a meeting's minutes (issue 14), as plain Yjs
 * inserts of new elements next to the template's headings: inserts merge
 * with whatever the secretary types at the same time (nothing is replaced,
 * so nothing is lost). Run these inside the hub's live-document port
 * (applyServerChange), never on a stored copy.
 *
 * Agenda items become level-3 headings under "Dagordning" with the section
 * id `agenda-<itemId>`, so a decision closed later is written under its item.
 */
import { SECTION_ID_ATTRIBUTE } from '@samverka/shared/editor';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../templateContent.js';

export const agendaSectionId = (agendaItemId: string) => `agenda-${agendaItemId}`;

export interface MinutesPrefill {
  /** "Datum och tid: …", "Plats: …", "Ordförande: …" … (under "Närvarande", first). */
  meetingLines: string[];
  /** One line per organisation ("Kommunen: Åsa Öberg (närvarande)" / "… ej representerad"). */
  attendanceLines: string[];
  agendaItems: Array<{ id: string; heading: string }>;
  /** "Justerare: …" (under "Justering"). */
  approvalLines: string[];
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  if (text !== '') element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function heading(text: string, level: number, sectionId: string): Y.XmlElement {
  const element = new Y.XmlElement<{ level: number; sectionId: string }>('heading');
  // ProseMirror needs level as a number (see templateContent.ts).
  element.setAttribute('level', level);
  element.setAttribute(SECTION_ID_ATTRIBUTE, sectionId);
  element.insert(0, [new Y.XmlText(text)]);
  return element as unknown as Y.XmlElement;
}

/** Index of the top-level heading with this section id, or -1. */
function headingIndex(fragment: Y.XmlFragment, sectionId: string): number {
  return fragment
    .toArray()
    .findIndex(
      (child) =>
        child instanceof Y.XmlElement &&
        child.nodeName === 'heading' &&
        child.getAttribute(SECTION_ID_ATTRIBUTE) === sectionId,
    );
}

/** Inserts right after the section's heading; appends at the end when the heading is gone. */
function insertAfterHeading(fragment: Y.XmlFragment, sectionId: string, nodes: Y.XmlElement[]) {
  if (nodes.length === 0) return;
  const index = headingIndex(fragment, sectionId);
  fragment.insert(index === -1 ? fragment.length : index + 1, nodes);
}

/** Writes meeting data, attendance, agenda headings and approvers into fresh minutes. */
export function prefillMinutes(doc: Y.Doc, prefill: MinutesPrefill): void {
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  insertAfterHeading(fragment, 'attendance', [
    ...prefill.meetingLines.map(paragraph),
    ...prefill.attendanceLines.map(paragraph),
  ]);
  insertAfterHeading(
    fragment,
    'agenda',
    prefill.agendaItems.flatMap((item) => [
      heading(item.heading, 3, agendaSectionId(item.id)),
      paragraph(''),
    ]),
  );
  insertAfterHeading(fragment, 'approval', prefill.approvalLines.map(paragraph));
}

/**
 * Writes a closed decision's outcome and positions under its agenda item
 * (or under "Beslut" when the item has no heading in these minutes).
 */
export function writeDecisionIntoMinutes(
  doc: Y.Doc,
  agendaItemId: string | null,
  lines: readonly string[],
): void {
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  const underItem =
    agendaItemId !== null && headingIndex(fragment, agendaSectionId(agendaItemId)) !== -1;
  insertAfterHeading(
    fragment,
    underItem ? agendaSectionId(agendaItemId) : 'decisions',
    lines.map(paragraph),
  );
}
