// Remote carets never throw: y-prosemirror's own decoration builder
// (createDecorations, the code that threw in every editor on {"cursor":{}}),
// run on a real ProseMirror state bound to a real Y.Doc, with hostile states
// in a real Awareness. With the stock filter it throws; with ours it never
// does and still draws the valid carets. The plugin guard turns any other
// throw into "no carets".
import { Schema } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import {
  createDecorations,
  defaultAwarenessStateFilter,
  initProseMirrorDoc,
  ySyncPlugin,
} from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { caretStateFilter, isDrawableCaretState } from './caretStates';
import { neverThrowing } from './safeCollaborationCaret';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    text: {},
  },
});

function editorOn(doc: Y.Doc) {
  const fragment = doc.getXmlFragment('default');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Anna skriver här')]);
  fragment.insert(0, [paragraph]);
  const { doc: pmDoc, mapping } = initProseMirrorDoc(fragment, schema);
  const state = EditorState.create({ doc: pmDoc, plugins: [ySyncPlugin(fragment, { mapping })] });
  return { fragment, state };
}

/** A selection as the editor sends it, from `anchor` to `head` in the first paragraph's text. */
function validCaret(fragment: Y.XmlFragment, anchor: number, head: number) {
  const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  // Sent over the wire as JSON.stringify of the RelativePosition instances.
  const json = (index: number) =>
    JSON.parse(JSON.stringify(Y.createRelativePositionFromTypeIndex(text, index))) as unknown;
  return {
    user: { name: 'Bo', color: '#0a7abc' },
    cursor: { anchor: json(anchor), head: json(head) },
  };
}

const HOSTILE: unknown[] = [
  { cursor: {} },
  { cursor: { anchor: {} } },
  { cursor: { anchor: {}, head: {} } },
  { cursor: { anchor: null, head: null } },
  { cursor: { anchor: 3, head: 4 } },
  { cursor: 'here' },
  { cursor: { anchor: { item: { client: 'x', clock: 1 } }, head: { tname: 'default' } } },
  { cursor: { anchor: { type: null, tname: null, item: null }, head: { tname: 'default' } } },
  { user: 'Anna', cursor: { anchor: { tname: 'default' }, head: { tname: 'default' } } },
  [],
  42,
];

/** Seeded mutations of a valid caret: fields replaced by junk, deleted or added. */
function fuzzed(valid: Record<string, unknown>, seed: number, count: number): unknown[] {
  let a = seed;
  const next = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const junk: unknown[] = [null, {}, [], '', -1, 1.5, 'x', { client: 1 }, true];
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const state = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    let target: Record<string, unknown> = state;
    while (next() < 0.7) {
      const children = Object.values(target).filter(
        (v): v is Record<string, unknown> => typeof v === 'object' && v !== null,
      );
      if (children.length === 0) break;
      target = children[Math.floor(next() * children.length)]!;
    }
    const keys = Object.keys(target);
    const key = keys[Math.floor(next() * keys.length)] ?? 'extra';
    if (next() < 0.3) delete target[key];
    else target[next() < 0.2 ? 'extra' : key] = junk[Math.floor(next() * junk.length)];
    out.push(state);
  }
  return out;
}

describe('remote carets', () => {
  const setUp = () => {
    const doc = new Y.Doc();
    const { fragment, state } = editorOn(doc);
    const awareness = new Awareness(doc);
    const decorate = (filter: (a: number, b: number, s: unknown) => boolean) =>
      createDecorations(
        state,
        awareness,
        filter,
        () => ({}) as HTMLElement,
        () => ({}),
      ) as DecorationSet;
    return { doc, fragment, awareness, decorate };
  };

  it('the stock filter lets {"cursor":{}} make y-prosemirror throw', () => {
    const { awareness, decorate } = setUp();
    awareness.states.set(2, { cursor: {} });
    expect(() => decorate(defaultAwarenessStateFilter)).toThrow();
  });

  it('our filter never throws on hostile or fuzzed states and still draws the valid caret', () => {
    const { doc, fragment, awareness, decorate } = setUp();
    const valid = validCaret(fragment, 2, 6);
    const states = [...HOSTILE, ...fuzzed(valid, 7, 300)];
    const filter = caretStateFilter(doc);
    let drawn = 0;
    for (const hostile of states) {
      awareness.states.clear();
      awareness.states.set(2, JSON.parse(JSON.stringify(valid)) as Record<string, unknown>);
      awareness.states.set(3, hostile as Record<string, unknown>);
      const set = decorate(filter);
      // The valid caret (widget + selection) is drawn whatever the other state is.
      expect(set.find().length).toBeGreaterThanOrEqual(2);
      drawn++;
    }
    expect(drawn).toBe(states.length);
    expect(isDrawableCaretState(doc, { cursor: {} })).toBe(false);
    expect(isDrawableCaretState(doc, valid)).toBe(true);
    expect(filter(doc.clientID, doc.clientID, valid)).toBe(false);
  });

  it('a caret plugin that throws anyway yields no carets instead of failing the editor', () => {
    const key = new PluginKey<DecorationSet>('throwing');
    const throwing = new Plugin<DecorationSet>({
      key,
      state: {
        init: () => {
          throw new TypeError('cannot read properties of undefined');
        },
        apply: () => {
          throw new TypeError('cannot read properties of undefined');
        },
      },
    });
    const state = EditorState.create({ schema, plugins: [neverThrowing(throwing)] });
    expect(key.getState(state)?.find()).toEqual([]);
    const next = state.apply(state.tr.insertText('hej', 1));
    expect(next.doc.textContent).toBe('hej');
    expect(key.getState(next)?.find()).toEqual([]);
  });
});
