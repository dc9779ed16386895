// Comment anchors on Yjs alone: two relative positions into the editor's
// content keep pointing at the commented words while others insert and
// delete before, inside and after them, concurrently; they survive the store
// being closed, compacted and reopened; when the words are all deleted the
// anchor is detached (the thread keeps its quote) and knows its section.
import type { RelativePositionJson } from '@samverka/shared';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { editorSchema } from '@samverka/shared/editor';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import { makeTempDir } from '../test-support/tempDir.js';
import type { TempDir } from '../test-support/tempDir.js';
import { anchorResolves, isDetached, loadStoredDoc, sectionIdAt } from './commentAnchors.js';
import { EDITOR_FRAGMENT } from './templateContent.js';

const CLAUSE = 'Föreningen åtar sig att driva verksamheten i egen regi.';
const QUOTE = 'driva verksamheten';

/** An IOP draft as the editor stores it: a heading with a section id, then two clauses. */
function draftDoc(): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    editorSchema(),
    {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2, sectionId: 'sec-atagande' },
          content: [{ type: 'text', text: 'Åtaganden' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: CLAUSE }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Kommunen bidrar med lokaler.' }] },
      ],
    },
    doc.getXmlFragment(EDITOR_FRAGMENT),
  );
  return doc;
}

/** The clause's text node (second block) in `doc`. */
const clauseText = (doc: Y.Doc) =>
  (doc.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement).get(0) as Y.XmlText;

/** Anchors the words `quote` of the clause as the editor would (from: right of the start, to: left of the end). */
function anchorOn(doc: Y.Doc, quote: string) {
  const text = clauseText(doc);
  const start = text.toString().indexOf(quote);
  const json = (rel: Y.RelativePosition) => Y.relativePositionToJSON(rel) as RelativePositionJson;
  return {
    from: json(Y.createRelativePositionFromTypeIndex(text, start, 0)),
    to: json(Y.createRelativePositionFromTypeIndex(text, start + quote.length, -1)),
    quote,
  };
}

/** The text between the anchor's two ends, as `doc` has it now. */
function anchoredText(doc: Y.Doc, anchor: ReturnType<typeof anchorOn>): string {
  const from = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(anchor.from),
    doc,
  )!;
  const to = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(anchor.to),
    doc,
  )!;
  expect(from.type).toBe(to.type);
  return (from.type as Y.XmlText).toString().slice(from.index, to.index);
}

/** Two replicas editing at once, then exchanging their updates. */
function concurrently(base: Y.Doc, ...edits: ((doc: Y.Doc) => void)[]): Y.Doc[] {
  const replicas = edits.map(() => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(base));
    return replica;
  });
  replicas.forEach((replica, i) => edits[i]!(replica));
  for (const a of replicas)
    for (const b of replicas) {
      if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    }
  for (const replica of replicas) Y.applyUpdate(base, Y.encodeStateAsUpdate(replica));
  return replicas;
}

describe('comment anchors', () => {
  let dir: TempDir | null = null;
  afterEach(async () => {
    await dir?.remove();
    dir = null;
  });

  it('resolves in the content and knows the section it starts in', () => {
    const doc = draftDoc();
    const anchor = anchorOn(doc, QUOTE);
    expect(anchorResolves(doc, anchor)).toBe(true);
    expect(isDetached(doc, anchor)).toBe(false);
    expect(sectionIdAt(doc, anchor.from)).toBe('sec-atagande');
    expect(anchoredText(doc, anchor)).toBe(QUOTE);
    // A position in some other shared type, or naming an unknown item, is not in the document.
    const stray = Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(doc.getText('elsewhere'), 0),
    ) as RelativePositionJson;
    expect(anchorResolves(doc, { from: stray, to: anchor.to })).toBe(false);
    const unknown = { item: { client: 999, clock: 5 } };
    expect(anchorResolves(doc, { from: unknown, to: anchor.to })).toBe(false);
  });

  it('follows concurrent inserts and deletes before, inside and after the range', () => {
    const doc = draftDoc();
    const anchor = anchorOn(doc, QUOTE);
    const at = (d: Y.Doc, word: string) => clauseText(d).toString().indexOf(word);
    concurrently(
      doc,
      (d) => clauseText(d).insert(0, 'Idéburna '), // before
      (d) => clauseText(d).insert(at(d, 'verksamheten'), 'hela '), // inside
      (d) => clauseText(d).insert(clauseText(d).length - 1, ' från 2027'), // after
      (d) => clauseText(d).delete(at(d, 'sig att'), 4), // before: "sig "
      (d) => clauseText(d).delete(at(d, 'i egen'), 2), // after: "i "
    );
    expect(anchoredText(doc, anchor)).toBe('driva hela verksamheten');
    concurrently(
      doc,
      (d) => clauseText(d).delete(at(d, 'hela '), 5), // inside
      (d) => clauseText(d).delete(0, at(d, 'åtar')), // before, up to the range
    );
    expect(anchoredText(doc, anchor)).toBe(QUOTE);
    expect(isDetached(doc, anchor)).toBe(false);
  });

  it('survives a restart and a compaction of the stored log', async () => {
    dir = await makeTempDir();
    const name = 'iop-utkast';
    const doc = draftDoc();
    let store = openSqliteStore({ dataDir: dir.path });
    await store.documents.append([{ documentName: name, update: Y.encodeStateAsUpdate(doc) }]);
    const anchor = anchorOn(doc, QUOTE);
    // Others edit around and inside the range; each edit is logged as the hub logs it.
    const editor = await loadStoredDoc(store.documents, name);
    const logged: Promise<number[]>[] = [];
    editor.on('update', (update: Uint8Array) => {
      logged.push(store.documents.append([{ documentName: name, update }]));
    });
    clauseText(editor).insert(0, 'Idéburna ');
    clauseText(editor).insert(clauseText(editor).toString().indexOf('verksamheten'), 'all ');
    await Promise.all(logged);
    expect(logged).toHaveLength(2);
    await store.close();

    store = openSqliteStore({ dataDir: dir.path });
    const reopened = await loadStoredDoc(store.documents, name);
    expect(anchoredText(reopened, anchor)).toBe('driva all verksamheten');
    const { lastSeq } = await store.documents.load(name);
    await store.documents.compact(name, Y.encodeStateAsUpdate(reopened), lastSeq);
    await store.close();

    store = openSqliteStore({ dataDir: dir.path });
    const compacted = await loadStoredDoc(store.documents, name);
    expect((await store.documents.load(name)).updates).toHaveLength(0);
    expect(anchoredText(compacted, anchor)).toBe('driva all verksamheten');
    expect(sectionIdAt(compacted, anchor.from)).toBe('sec-atagande');
    await store.close();
  });

  it('is detached once all the anchored text is deleted, also after a compaction', () => {
    const doc = draftDoc();
    const anchor = anchorOn(doc, QUOTE);
    const text = clauseText(doc);
    text.delete(text.toString().indexOf(QUOTE), QUOTE.length);
    expect(isDetached(doc, anchor)).toBe(true);
    const compacted = new Y.Doc();
    Y.applyUpdate(compacted, Y.encodeStateAsUpdate(doc));
    expect(isDetached(compacted, anchor)).toBe(true);
    expect(anchorResolves(compacted, anchor)).toBe(true); // the place still exists

    // Deleting the whole paragraph detaches it as well.
    const other = draftDoc();
    const anchorInOther = anchorOn(other, QUOTE);
    other.getXmlFragment(EDITOR_FRAGMENT).delete(1, 1);
    expect(isDetached(other, anchorInOther)).toBe(true);
  });
});
