/**
 * Who wrote each character of a document state (issue 13 attribution).
 *
 * Every character of the text lives in a Yjs item whose id names the client
 * that inserted it; the hub records which person and organisation each
 * client id belongs to (authorship.ts). Here the document's Y.XmlFragment
 * is walked in reading order, and its characters are lined up with the
 * canonical text of each section (the text diffs compare, see
 * wordDiff.ts's ownSections): the canonical text is the same characters with
 * whitespace collapsed and blocks joined by newlines, so non-space
 * characters are matched in order and spaces take the writer of the text
 * around them. A canonical character without a counterpart (a mention's
 * "@label", which is an attribute, not text) has no writer.
 */
import type { SectionDiff, WordDiffPart } from '@samverka/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { ownSections } from '../wordDiff.js';
import { EDITOR_FRAGMENT } from '../templateContent.js';

/** The writer of one character: a Yjs client id, or null when unknown. */
type Writer = number | null;

interface RawChar {
  char: string;
  client: Writer;
}

const BOUNDARY: RawChar = { char: '\n', client: null };

function collect(type: Y.XmlFragment | Y.XmlElement, out: RawChar[]): void {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) {
      // Items in document order; deleted and formatting items carry no text.
      let item = child._start;
      while (item !== null) {
        if (!item.deleted && item.content instanceof Y.ContentString) {
          for (const char of item.content.str) out.push({ char, client: item.id.client });
        }
        item = item.right;
      }
    } else if (child instanceof Y.XmlElement) {
      out.push(BOUNDARY);
      collect(child, out);
      out.push(BOUNDARY);
    }
  }
}

const isSpace = (char: string) => /\s/.test(char);

/**
 * For each own section of `node` (the ProseMirror form of `doc`), the writer
 * of each character of its canonical text, in the order ownSections lists them.
 */
export function sectionWriters(doc: Y.Doc, node: ProseMirrorNode): Writer[][] {
  const raw: RawChar[] = [];
  collect(doc.getXmlFragment(EDITOR_FRAGMENT), raw);
  let cursor = 0;
  return ownSections(node).map((section) => {
    const writers: Writer[] = [];
    for (const char of section.text) {
      if (isSpace(char)) {
        writers.push(null);
        continue;
      }
      let probe = cursor;
      while (probe < raw.length && isSpace(raw[probe]!.char)) probe++;
      if (probe < raw.length && raw[probe]!.char === char) {
        writers.push(raw[probe]!.client);
        cursor = probe + 1;
      } else {
        writers.push(null); // no counterpart (e.g. a mention's label): unknown, cursor stays
      }
    }
    return writers;
  });
}

/** Who a client id belongs to, as the diff names them. */
export type AuthorOf = (client: number) => NonNullable<WordDiffPart['author']> | null;

/**
 * Splits every inserted run of `diff` (a diffSections result whose `after`
 * side is the state `writers` was computed for) by writer and names them.
 */
export function attributeInsertions(
  diff: readonly SectionDiff[],
  writers: readonly Writer[][],
  authorOf: AuthorOf,
): SectionDiff[] {
  let afterIndex = 0;
  return diff.map((section) => {
    if (section.status === 'removed') return section;
    const sectionWriters = writers[afterIndex++] ?? [];
    let position = 0;
    const parts: WordDiffPart[] = [];
    for (const part of section.parts) {
      if (part.kind === 'delete') {
        parts.push(part);
        continue;
      }
      if (part.kind === 'equal') {
        parts.push(part);
        position += part.text.length;
        continue;
      }
      const runWriters = spreadOverSpaces(
        part.text,
        sectionWriters.slice(position, position + part.text.length),
      );
      position += part.text.length;
      let start = 0;
      for (let index = 1; index <= part.text.length; index++) {
        if (index < part.text.length && runWriters[index] === runWriters[start]) continue;
        const client = runWriters[start] ?? null;
        parts.push({
          kind: 'insert',
          text: part.text.slice(start, index),
          author: client === null ? null : authorOf(client),
        });
        start = index;
      }
    }
    return { ...section, parts: mergeSameAuthor(parts) };
  });
}

/** Spaces take the writer of the text before them (leading spaces: the text after). */
function spreadOverSpaces(text: string, writers: Writer[]): Writer[] {
  const spread = [...writers];
  let last: Writer | undefined;
  for (let index = 0; index < text.length; index++) {
    if (isSpace(text[index]!)) {
      if (last !== undefined) spread[index] = last;
    } else last = spread[index] ?? null;
  }
  let next: Writer | undefined;
  for (let index = text.length - 1; index >= 0; index--) {
    if (!isSpace(text[index]!)) next = spread[index] ?? null;
    else if (index < text.length && spread[index] === null && next !== undefined) {
      const before = text.slice(0, index).trim();
      if (before === '') spread[index] = next;
    }
  }
  return spread;
}

/** Two client ids of one person are one run. */
function mergeSameAuthor(parts: WordDiffPart[]): WordDiffPart[] {
  const merged: WordDiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (
      last !== undefined &&
      last.kind === 'insert' &&
      part.kind === 'insert' &&
      (last.author?.userId ?? null) === (part.author?.userId ?? null) &&
      (last.author?.organisationId ?? null) === (part.author?.organisationId ?? null)
    ) {
      last.text += part.text;
    } else merged.push({ ...part });
  }
  return merged;
}
