/**
 * The column beside the text for panels of other features (comments now;
 * history or decisions later). One panel is shown as it is; with several,
 * a tab list (arrow keys move between tabs) picks the one shown.
 */
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface EditorSidePanel {
  id: string;
  /** The tab's name (only shown when there are several panels). */
  label: string;
  render: (editor: Editor) => ReactNode;
}

export function EditorSidePanels(props: { editor: Editor; panels: EditorSidePanel[] }) {
  const { editor, panels } = props;
  const baseId = useId();
  const [chosen, setChosen] = useState(panels[0]?.id);
  const current = panels.find((panel) => panel.id === chosen) ?? panels[0];
  if (!current) return null;
  if (panels.length === 1) return <div className="editor-side">{current.render(editor)}</div>;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = panels.findIndex((panel) => panel.id === current?.id);
    const next =
      panels[(index + (event.key === 'ArrowRight' ? 1 : -1) + panels.length) % panels.length];
    if (!next) return;
    setChosen(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  }

  return (
    <div className="editor-side">
      <div role="tablist" className="editor-side__tabs" onKeyDown={onKeyDown}>
        {panels.map((panel) => (
          <button
            key={panel.id}
            id={`${baseId}-tab-${panel.id}`}
            type="button"
            role="tab"
            aria-selected={panel.id === current.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={panel.id === current.id ? 0 : -1}
            onClick={() => setChosen(panel.id)}
          >
            {panel.label}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${current.id}`}>
        {current.render(editor)}
      </div>
    </div>
  );
}
