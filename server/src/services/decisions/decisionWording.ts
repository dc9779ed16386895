/**
 * The wording a decision is about, and how it has drifted since. Opening a
 * decision stores each subject section's canonical text (heading to the
 * next heading of the same or a higher level, shared/editor sectionText)
 * with its hash; the decision's hash is that of the joined wording, or of
 * the proposal when it has no subject. Drift compares the stored wording
 * with the document's stored state now (the hub broadcasts an edit only
 * after it is stored, so this is what every editor shows) as a word diff.
 */
import type { Decision, DecisionDrift, DecisionSubject, SectionDrift } from '@samverka/shared';
import { listSections, sectionText } from '@samverka/shared/editor';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AppError } from '../../errors.js';
import type { DocumentLogStore } from '../../store/port.js';
import { loadStoredDoc } from '../commentAnchors.js';
import { contentHash } from '../contentHash.js';
import { readDocumentNode } from '../documentContent.js';
import { diffWords, hasChanges } from '../wordDiff.js';

/** Sections are joined with a blank line so the hash sees where one ends. */
const SECTION_SEPARATOR = '\n\n';

/** The document's content now, or null when it is gone (no stored state). */
export async function readStoredNode(
  documents: DocumentLogStore,
  documentId: string,
): Promise<ProseMirrorNode | null> {
  const doc = await loadStoredDoc(documents, documentId);
  try {
    return readDocumentNode(doc);
  } finally {
    doc.destroy();
  }
}

/** Headings of the named sections as they are now; 400 when one is not in the document. */
export function subjectSections(
  node: ProseMirrorNode,
  documentId: string,
  sectionIds: readonly string[],
): DecisionSubject {
  const sections = listSections(node);
  const unique = [...new Set(sectionIds)];
  return {
    documentId,
    sections: unique.map((sectionId) => {
      const section = sections.find((candidate) => candidate.sectionId === sectionId);
      if (!section) {
        throw new AppError(400, 'validation_failed', `Section ${sectionId} is not in the document`);
      }
      return { sectionId, heading: section.heading, wording: null, contentHash: null };
    }),
  };
}

/** The subject with each section's wording and hash now (what opening stores). */
export function captureWording(node: ProseMirrorNode, subject: DecisionSubject): DecisionSubject {
  return {
    documentId: subject.documentId,
    sections: subject.sections.map((section) => {
      const wording = sectionText(node, section.sectionId);
      if (wording === null) {
        throw new AppError(
          409,
          'section_gone',
          `The section "${section.heading}" is no longer in the document`,
        );
      }
      const heading = listSections(node).find((s) => s.sectionId === section.sectionId)!.heading;
      return { sectionId: section.sectionId, heading, wording, contentHash: contentHash(wording) };
    }),
  };
}

/** What positions are given on: the joined subject wording, or the proposal. */
export function decisionHash(subject: DecisionSubject | null, proposal: string): string {
  if (subject === null || subject.sections.length === 0) return contentHash(proposal);
  return contentHash(subject.sections.map((s) => s.wording ?? '').join(SECTION_SEPARATOR));
}

const NO_DRIFT: DecisionDrift = { changed: false, currentContentHash: null, sections: [] };

/** The subject's drift against the document now (none while draft or without a subject). */
export function driftOf(decision: Decision, node: ProseMirrorNode | null): DecisionDrift {
  const subject = decision.subject;
  if (subject === null || decision.status === 'draft') {
    return decision.contentHash === null
      ? NO_DRIFT
      : { ...NO_DRIFT, currentContentHash: decision.contentHash };
  }
  const sections: SectionDrift[] = subject.sections.map((section) => {
    const approved = section.wording ?? '';
    const current = node === null ? null : sectionText(node, section.sectionId);
    const heading = section.heading;
    if (current === null) {
      return {
        sectionId: section.sectionId,
        heading,
        status: 'removed',
        approvedHash: section.contentHash,
        currentHash: null,
        currentWording: null,
        diff: {
          sectionId: section.sectionId,
          heading,
          status: 'removed',
          parts: approved === '' ? [] : [{ kind: 'delete', text: approved }],
        },
      };
    }
    const currentHash = contentHash(current);
    const parts = diffWords(approved, current);
    const changed = currentHash !== section.contentHash && hasChanges(parts);
    return {
      sectionId: section.sectionId,
      heading,
      status: changed ? 'changed' : 'unchanged',
      approvedHash: section.contentHash,
      currentHash,
      currentWording: current,
      diff: {
        sectionId: section.sectionId,
        heading,
        status: changed ? 'changed' : 'unchanged',
        parts,
      },
    };
  });
  const currentContentHash = sections.some((s) => s.currentWording === null)
    ? null
    : contentHash(sections.map((s) => s.currentWording ?? '').join(SECTION_SEPARATOR));
  return {
    changed: sections.some((s) => s.status !== 'unchanged'),
    currentContentHash,
    sections,
  };
}
