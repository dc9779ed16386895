// The wording under decision: a section runs to the next heading of the same
// or a higher level (its subsections included), opening stores it with its
// hash, the decision's hash covers every subject section (or the proposal),
// and drift tells unchanged, changed and removed sections apart.
import type { Decision } from '@samverka/shared';
import { editorSchema } from '@samverka/shared/editor';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { contentHash } from '../contentHash.js';
import { captureWording, decisionHash, driftOf, subjectSections } from './decisionWording.js';

const schema = editorSchema();
const heading = (sectionId: string, text: string, level = 2) => ({
  type: 'heading',
  attrs: { level, sectionId },
  content: [{ type: 'text', text }],
});
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: object[]) => schema.nodeFromJSON({ type: 'doc', content });

const original = doc(
  heading('insatser', 'Parternas insatser'),
  paragraph('Kommunen bidrar med lokaler.'),
  heading('insatser-ideell', 'Föreningens insatser', 3),
  paragraph('Föreningen bidrar med volontärer.'),
  heading('ekonomi', 'Ekonomi'),
  paragraph('Kommunen betalar 400 000 kronor per år.'),
);

function openedOn(node: typeof original, sectionIds: string[]): Decision {
  const subject = captureWording(node, subjectSections(node, 'doc-1', sectionIds));
  return {
    status: 'open',
    subject,
    contentHash: decisionHash(subject, ''),
  } as Decision; // only what drift reads
}

describe('the wording under decision', () => {
  it('stores a section with its subsections, and hashes the joined wording', () => {
    const subject = captureWording(
      original,
      subjectSections(original, 'doc-1', ['insatser', 'ekonomi']),
    );
    const insatser =
      'Parternas insatser\nKommunen bidrar med lokaler.\nFöreningens insatser\nFöreningen bidrar med volontärer.';
    expect(subject.sections[0]).toEqual({
      sectionId: 'insatser',
      heading: 'Parternas insatser',
      wording: insatser,
      contentHash: contentHash(insatser),
    });
    expect(decisionHash(subject, 'ignored')).toBe(
      contentHash(`${insatser}\n\nEkonomi\nKommunen betalar 400 000 kronor per år.`),
    );
    expect(decisionHash(null, 'Förslaget')).toBe(contentHash('Förslaget'));
  });

  it('refuses sections that are not in the document', () => {
    expect(() => subjectSections(original, 'doc-1', ['saknas'])).toThrow(AppError);
  });

  it('tells unchanged, changed (a subsection edited) and removed sections apart', () => {
    const decision = openedOn(original, ['insatser', 'ekonomi']);
    expect(driftOf(decision, original).changed).toBe(false);
    const edited = doc(
      heading('insatser', 'Parternas insatser'),
      paragraph('Kommunen bidrar med lokaler.'),
      heading('insatser-ideell', 'Föreningens insatser', 3),
      paragraph('Föreningen bidrar med två volontärer.'),
    );
    const drift = driftOf(decision, edited);
    expect(drift.changed).toBe(true);
    expect(drift.currentContentHash).toBeNull(); // a subject section is gone
    expect(drift.sections.map((s) => s.status)).toEqual(['changed', 'removed']);
    expect(drift.sections[0]!.diff.parts).toContainEqual({ kind: 'insert', text: 'två ' });
    expect(drift.sections[1]!.diff).toMatchObject({
      status: 'removed',
      parts: [{ kind: 'delete', text: 'Ekonomi\nKommunen betalar 400 000 kronor per år.' }],
    });
    // The whole document gone: every section removed.
    expect(driftOf(decision, null).sections.map((s) => s.status)).toEqual(['removed', 'removed']);
  });
});
