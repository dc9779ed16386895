/**
 * Drift as the editor sees it, live: a subject section whose canonical text
 * in the open document no longer equals the wording stored when its
 * decision opened. The same canonical text the server hashes
 * (`sectionText` in @samverka/shared/editor), so the editor needs no round
 * trip to flag a clause the moment it is edited.
 */
import type { DocumentDecision } from '@samverka/shared';
import { listSections, sectionText } from '@samverka/shared/editor';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface DriftedSection {
  decisionId: string;
  title: string;
  status: DocumentDecision['decision']['status'];
  sectionId: string;
  heading: string;
}

/** Each (decision, section) whose stored wording differs from the document now. */
export function driftedSections(
  doc: ProseMirrorNode,
  decisions: readonly DocumentDecision[],
): DriftedSection[] {
  const found: DriftedSection[] = [];
  for (const { decision } of decisions) {
    if (decision.status === 'draft' || decision.status === 'withdrawn') continue;
    for (const section of decision.subject?.sections ?? []) {
      if (section.wording === null) continue;
      const now = sectionText(doc, section.sectionId);
      if (now === section.wording) continue;
      found.push({
        decisionId: decision.id,
        title: decision.title,
        status: decision.status,
        sectionId: section.sectionId,
        heading: section.heading,
      });
    }
  }
  return found;
}

export function sameDrift(a: DriftedSection[] | null, b: DriftedSection[] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface SectionAtCursor {
  sectionId: string;
  heading: string;
}

/** The innermost section the position is in (by top-level block), when it has an id. */
export function sectionAt(doc: ProseMirrorNode, position: number): SectionAtCursor | null {
  const index = doc.resolve(Math.min(position, doc.content.size)).index(0);
  const containing = listSections(doc).filter(
    (section) => section.fromIndex <= index && index < section.toIndex,
  );
  const innermost = containing[containing.length - 1];
  return innermost?.sectionId
    ? { sectionId: innermost.sectionId, heading: innermost.heading }
    : null;
}

/** Every section with an id, to choose from in the create dialog. */
export function sectionChoices(doc: ProseMirrorNode): SectionAtCursor[] {
  return listSections(doc).flatMap((section) =>
    section.sectionId ? [{ sectionId: section.sectionId, heading: section.heading }] : [],
  );
}
