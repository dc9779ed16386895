/**
 * Whether headings are numbered (1, 1.1): a view preference kept per person
 * and document in this browser. On by default for the IOP agreement, whose
 * clauses are referred to by number; off elsewhere.
 */
import type { TemplateId } from '@samverka/shared';
import { useCallback, useState } from 'react';

function storageKey(documentId: string): string {
  return `samverka:clauseNumbers:${documentId}`;
}

function read(documentId: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(storageKey(documentId));
    return stored === null ? fallback : stored === 'on';
  } catch {
    // Storage can be disabled (privacy mode): the default still works.
    return fallback;
  }
}

export function useClauseNumbering(
  documentId: string,
  templateId: TemplateId | null,
): [boolean, (on: boolean) => void] {
  const [numbered, setNumbered] = useState(() => read(documentId, templateId === 'iop_agreement'));
  const set = useCallback(
    (on: boolean) => {
      setNumbered(on);
      try {
        window.localStorage.setItem(storageKey(documentId), on ? 'on' : 'off');
      } catch {
        // Not remembered, still applied for this visit.
      }
    },
    [documentId],
  );
  return [numbered, set];
}
