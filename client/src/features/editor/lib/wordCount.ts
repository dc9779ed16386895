// Words in a document: runs of letters or digits (a hyphenated or "1.1" token counts once).
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const WORD = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words in the document's text, blocks and table cells kept apart. */
export function documentWordCount(doc: ProseMirrorNode): number {
  return countWords(doc.textBetween(0, doc.content.size, ' ', ' '));
}
