// Anchors on Yjs alone: a selection becomes relative positions through y-tiptap's mapping and
// comes back as the same words after others insert and delete before, inside and after it (and
// in another replica, as a commenter's editor would get them); a removed range resolves to
// nothing (the thread is "detached"). The view's binding is stood in for by what it hands the
// plugin state: the fragment, its doc and the mapping of a document built by y-tiptap itself.
import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { initProseMirrorDoc, ySyncPlugin, ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { anchorFromSection, anchorFromSelection, resolveAnchor } from './anchors';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    heading: { group: 'block', content: 'text*', attrs: { level: { default: 2 } } },
    text: {},
  },
});

/** An editor state over the fragment as y-tiptap builds it, with the binding's mapping set. */
function stateOf(doc: Y.Doc): EditorState {
  const fragment = doc.getXmlFragment('default');
  const { doc: pmDoc, mapping } = initProseMirrorDoc(fragment, schema);
  const state = EditorState.create({ doc: pmDoc, plugins: [ySyncPlugin(fragment, { mapping })] });
  return state.apply(state.tr.setMeta(ySyncPluginKey, { binding: { mapping } }));
}

function textOf(doc: Y.Doc) {
  return ((doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText) ?? null;
}

function select(state: EditorState, words: string): EditorState {
  const start = state.doc.textContent.indexOf(words) + 1; // +1: inside the paragraph
  return state.apply(
    state.tr.setSelection(TextSelection.create(state.doc, start, start + words.length)),
  );
}

function quoted(state: EditorState, anchor: Parameters<typeof resolveAnchor>[1]) {
  const range = resolveAnchor(state, anchor);
  return range && state.doc.textBetween(range.from, range.to);
}

function twoReplicas(text: string) {
  const editor = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  editor.getXmlFragment('default').insert(0, [paragraph]);
  const commenter = new Y.Doc();
  Y.applyUpdate(commenter, Y.encodeStateAsUpdate(editor));
  editor.on('update', (update: Uint8Array) => Y.applyUpdate(commenter, update));
  return { editor, commenter };
}

describe('comment anchors', () => {
  it('keep their words through inserts and deletes before, inside and after the range', () => {
    const { editor, commenter } = twoReplicas('Parterna ska stärka deltagarnas väg till arbete.');
    const anchor = anchorFromSelection(select(stateOf(commenter), 'stärka deltagarnas väg'))!;
    expect(anchor.quote).toBe('stärka deltagarnas väg');
    // The anchor travels as JSON (REST), and back.
    const stored = JSON.parse(JSON.stringify(anchor)) as typeof anchor;

    const text = textOf(editor)!;
    text.insert(0, 'Under avtalstiden: ');
    text.insert(text.toString().length, ' Det följs upp.');
    expect(quoted(stateOf(commenter), stored)).toBe('stärka deltagarnas väg');

    const inside = text.toString().indexOf('deltagarnas');
    text.insert(inside, 'alla ');
    expect(quoted(stateOf(commenter), stored)).toBe('stärka alla deltagarnas väg');
    text.delete(text.toString().indexOf('Parterna'), 'Parterna ska '.length);
    expect(quoted(stateOf(commenter), stored)).toBe('stärka alla deltagarnas väg');
    expect(quoted(stateOf(editor), stored)).toBe('stärka alla deltagarnas väg');
  });

  it('resolve to nothing once their text is deleted (a detached thread)', () => {
    const { editor, commenter } = twoReplicas('Ta bort just detta, resten står kvar.');
    const anchor = anchorFromSelection(select(stateOf(commenter), 'just detta'))!;
    const text = textOf(editor)!;
    text.delete(text.toString().indexOf('just detta'), 'just detta'.length);
    expect(resolveAnchor(stateOf(commenter), anchor)).toBeNull();
  });

  it('give no anchor for an empty selection', () => {
    const { commenter } = twoReplicas('Ingen markering.');
    expect(anchorFromSelection(stateOf(commenter))).toBeNull();
  });

  it('anchor a whole section, up to the next heading of its level', () => {
    const doc = new Y.Doc();
    const block = (name: string, text: string, level?: number) => {
      const element = new Y.XmlElement(name);
      if (level) element.setAttribute('level', level as unknown as string);
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    };
    doc
      .getXmlFragment('default')
      .insert(0, [
        block('heading', 'Syfte', 2),
        block('paragraph', 'Parterna vill.'),
        block('heading', 'Mål', 3),
        block('paragraph', 'Fler i arbete.'),
        block('heading', 'Ekonomi', 2),
        block('paragraph', 'Inga pengar.'),
      ]);
    const state = stateOf(doc);
    const anchor = anchorFromSection(state, 0)!;
    expect(anchor.quote).toBe('Syfte Parterna vill. Mål Fler i arbete.');
    expect(quoted(state, anchor)).toBe('SyfteParterna vill.MålFler i arbete.');
    expect(anchorFromSection(state, 1)).toBeNull();
  });
});
