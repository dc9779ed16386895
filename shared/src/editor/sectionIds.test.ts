// Section ids on headings, run by the real plugin on a bare EditorState (no DOM).
import { Slice } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { editorSchema } from './extensions.js';
import { pastedWithoutSectionIds, sectionIdsPlugin } from './sectionIds.js';

const schema = editorSchema();

function heading(text: string, sectionId: string | null, level = 2): ProseMirrorNode {
  return schema.nodes.heading!.create({ level, sectionId }, schema.text(text));
}
function paragraph(text: string): ProseMirrorNode {
  return schema.nodes.paragraph!.create(null, text === '' ? null : schema.text(text));
}
function stateOf(...blocks: ProseMirrorNode[]): EditorState {
  return EditorState.create({
    doc: schema.nodes.doc!.create(null, blocks),
    plugins: [sectionIdsPlugin()],
  });
}
function headings(state: EditorState): Array<{ text: string; sectionId: unknown }> {
  const found: Array<{ text: string; sectionId: unknown }> = [];
  state.doc.descendants((node) => {
    if (node.type.name === 'heading')
      found.push({ text: node.textContent, sectionId: node.attrs.sectionId });
  });
  return found;
}
/** Position just inside the start of the top-level block at `index`. */
function startOf(state: EditorState, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos + 1;
}

describe('section ids', () => {
  it('keeps a heading’s id when its text and level change', () => {
    let state = stateOf(heading('Mål', 'goals'), paragraph('Text'));
    state = state.apply(state.tr.insertText(' och syfte', startOf(state, 0) + 3));
    state = state.apply(state.tr.setNodeAttribute(0, 'level', 3));
    expect(headings(state)).toEqual([{ text: 'Mål och syfte', sectionId: 'goals' }]);
  });

  it('gives the second half of a split heading a new id, the first keeps its own', () => {
    let state = stateOf(heading('Mål och syfte', 'goals'));
    state = state.apply(state.tr.split(startOf(state, 0) + 4));
    const [first, second] = headings(state);
    expect(first).toEqual({ text: 'Mål ', sectionId: 'goals' });
    expect(second?.text).toBe('och syfte');
    expect(second?.sectionId).toMatch(/^s-[a-z0-9]{12}$/);
  });

  it('gives a pasted copy of a heading a new id, even pasted above the original', () => {
    let state = stateOf(paragraph('Först'), heading('Mål', 'goals'), paragraph('Text'));
    const copied = state.doc.slice(startOf(state, 1) - 1, startOf(state, 2) - 1);
    const pasted = pastedWithoutSectionIds(copied);
    expect(pasted).toBeInstanceOf(Slice);
    const at = startOf(state, 0);
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, at)).replaceSelection(pasted),
    );
    const found = headings(state);
    expect(found).toHaveLength(2);
    expect(found.filter((entry) => entry.sectionId === 'goals')).toHaveLength(1);
    expect(found[1]).toEqual({ text: 'Mål', sectionId: 'goals' });
    expect(found[0]?.sectionId).toMatch(/^s-/);
  });

  it('gives a new heading an id, and a later duplicate a fresh one', () => {
    let state = stateOf(heading('A', 'a'), paragraph('x'));
    state = state.apply(
      state.tr.insert(state.doc.content.size, [heading('B', null), heading('A again', 'a')]),
    );
    const [a, b, again] = headings(state);
    expect(a).toEqual({ text: 'A', sectionId: 'a' });
    expect(b?.sectionId).toMatch(/^s-/);
    expect(again?.sectionId).toMatch(/^s-/);
    expect(again?.sectionId).not.toBe(b?.sectionId);
  });

  it('gives an older document’s headings ids on its first change, without touching content', () => {
    const before = stateOf(heading('Ett', null), heading('Två', null, 3), paragraph('Text'));
    // The collaboration binding's first render is such a change; any edit elsewhere is too.
    const state = before.apply(before.tr.insertText('!', before.doc.content.size - 1));
    const found = headings(state);
    expect(found.map((entry) => entry.text)).toEqual(['Ett', 'Två']);
    expect(new Set(found.map((entry) => entry.sectionId)).size).toBe(2);
    expect(found.every((entry) => typeof entry.sectionId === 'string')).toBe(true);
    expect(state.doc.textContent).toBe('EttTvåText!');
  });
});
