/**
 * The Tiptap editor, built after the page has committed, in tasks of its own:
 * the extensions, schema and state; link detection's tables; the ProseMirror
 * view (which renders the whole document). Null until it is ready.
 *
 * Why not Tiptap's `useEditor`: it builds the editor inside the render (in a
 * `useState` initialiser), one task of ~300 ms on a slow phone. A render in
 * React's background lane that is interrupted (any data arriving meanwhile)
 * is thrown away with its state, so the editor was built twice on a
 * document's first load and the first one destroyed a moment later. Built in
 * an effect, it is built once per `deps`; split up, no task holds the
 * page for the whole of it.
 *
 * When `deps` change (a language, access), the new editor is built the same
 * way while the old one stays on screen; the old one is destroyed once the
 * new one has replaced it. `options` is read when the build starts. A build
 * that throws is reported in `failure`, not thrown.
 */
import { Editor } from '@tiptap/core';
import { tokenize } from 'linkifyjs';
import type { EditorOptions } from '@tiptap/core';
import { startTransition, useEffect, useEffectEvent, useState } from 'react';
import type { DependencyList } from 'react';

/** The User Timing entry of each build, from its start to the view mounted. */
const editorBuildMeasure = 'samverka:editor-build';

/**
 * Tiptap builds new node view functions each time it is asked for them: once
 * for the view, again when EditorContent mounts. ProseMirror sees different
 * functions and draws the whole document again (~120 ms on a slow phone for
 * the demo agreement, whose tables have a node view). The extensions of an
 * editor never change, so the first set serves for its whole life. (A React
 * node view would need EditorContent's portals first; we have none.)
 */
function pinViews(editor: Editor) {
  const manager = editor.extensionManager;
  const { nodeViews, markViews } = manager;
  Object.defineProperty(manager, 'nodeViews', { value: nodeViews });
  Object.defineProperty(manager, 'markViews', { value: markViews });
}

export interface StagedEditor {
  editor: Editor | null;
  /** Set when building the editor threw; the editor stays null. */
  failure: { error: unknown } | null;
}

export function useStagedEditor(
  options: () => Partial<EditorOptions>,
  deps: DependencyList,
): StagedEditor {
  const currentOptions = useEffectEvent(options);
  const [editor, setEditor] = useState<Editor | null>(null);
  // A step that throws (a broken extension, a document the schema rejects) would otherwise
  // leave the page waiting for ever: the caller shows it instead of the editor.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    let built: Editor | null = null;
    let shown = false;
    let started = 0;
    const steps = [
      () => {
        started = performance.now();
        built = new Editor({ ...currentOptions(), element: null });
        pinViews(built);
      },
      // Link detection builds its state machine (every top-level domain) on first use: the
      // first change of the document, usually the initial sync. ~55 ms on a slow phone, alone.
      () => void tokenize(''),
      () => {
        const editor = built!;
        editor.mount(document.createElement('div'));
        // One entry per editor built: DevTools and Lighthouse show it, the e2e suite counts it.
        performance.measure(editorBuildMeasure, { start: started });
        shown = true;
        // The toolbar, outline and side panels render with it: in React's background lane,
        // which yields to the browser every few milliseconds, not as one long task.
        startTransition(() => setEditor(editor));
      },
    ];
    let timer = 0;
    const runFrom = (index: number) => {
      timer = window.setTimeout(() => {
        try {
          steps[index]!();
        } catch (error) {
          built?.destroy();
          built = null;
          setFailure({ error });
          return;
        }
        if (index + 1 < steps.length) runFrom(index + 1);
      }, 0);
    };
    runFrom(0);
    return () => {
      window.clearTimeout(timer);
      if (!shown) built?.destroy();
    };
    // The caller's deps decide when the editor is rebuilt, as with Tiptap's useEditor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  // The editor on screen is destroyed when a rebuilt one replaces it, or with the page.
  useEffect(() => () => editor?.destroy(), [editor]);

  return { editor, failure };
}
