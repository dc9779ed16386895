/**
 * The ordered agenda with editing: each item can be dragged to a new place
 * (native drag and drop, for a mouse) or moved one step with the Move up /
 * Move down buttons (keyboard and screen readers; the new position is
 * announced in the app's polite live region, and focus stays on the button
 * that moved it). `onReorder` receives the whole new order of ids.
 */
import { useRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/LiveAnnouncer';
import { moveBy, moveTo } from '../lib/reorder';

export interface AgendaListItem {
  id: string;
  title: string;
}

export function AgendaList<T extends AgendaListItem>({
  items,
  editable,
  renderDetails,
  onReorder,
  onEdit,
  onRemove,
}: {
  items: readonly T[];
  editable: boolean;
  renderDetails: (item: T) => ReactNode;
  onReorder: (ids: string[]) => void;
  onEdit: (item: T) => void;
  onRemove: (item: T) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const ids = items.map((item) => item.id);

  function reorder(next: string[], item: T, focusSelector?: string) {
    onReorder(next);
    announce(
      t('meetings.agenda.moved', {
        title: item.title,
        position: next.indexOf(item.id) + 1,
        count: next.length,
      }),
    );
    if (focusSelector) {
      // The item is rendered in its new place on the next paint; keep focus on the same button.
      requestAnimationFrame(() => {
        const button = list.current?.querySelector<HTMLButtonElement>(focusSelector);
        if (button && !button.disabled) button.focus();
        else
          list.current
            ?.querySelector<HTMLButtonElement>(
              `[data-item="${item.id}"] .agenda__move button:not(:disabled)`,
            )
            ?.focus();
      });
    }
  }

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    event.preventDefault();
    const item = items.find((candidate) => candidate.id === dragged);
    setDragged(null);
    setDropIndex(null);
    if (!item) return;
    const next = moveTo(ids, item.id, index);
    if (next.join() !== ids.join()) reorder(next, item);
  }

  if (items.length === 0) return <p className="muted">{t('meetings.agenda.empty')}</p>;

  return (
    <>
      {editable ? <p className="field__hint">{t('meetings.agenda.dragHint')}</p> : null}
      <ol className="agenda" ref={list} data-testid="agenda">
        {items.map((item, index) => {
          const number = index + 1;
          return (
            <li
              key={item.id}
              data-item={item.id}
              className={`agenda__item${dropIndex === index && dragged !== item.id ? ' agenda__item--drop' : ''}${dragged === item.id ? ' agenda__item--dragged' : ''}`}
              draggable={editable}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', item.id);
                setDragged(item.id);
              }}
              onDragEnd={() => {
                setDragged(null);
                setDropIndex(null);
              }}
              onDragOver={(event) => {
                if (!dragged) return;
                event.preventDefault();
                setDropIndex(index);
              }}
              onDrop={(event) => onDrop(event, index)}
            >
              <span className="agenda__number" aria-hidden="true">
                {number}.
              </span>
              <div className="agenda__body">
                <span className="agenda__title">{item.title}</span>
                {renderDetails(item)}
              </div>
              {editable ? (
                <div className="agenda__actions">
                  <span className="agenda__move">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      data-move="up"
                      disabled={index === 0}
                      aria-label={t('meetings.agenda.moveUpItem', { number, title: item.title })}
                      onClick={() =>
                        reorder(
                          moveBy(ids, item.id, -1),
                          item,
                          `[data-item="${item.id}"] [data-move="up"]`,
                        )
                      }
                    >
                      <span aria-hidden="true">↑</span> {t('meetings.agenda.moveUp')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      data-move="down"
                      disabled={index === items.length - 1}
                      aria-label={t('meetings.agenda.moveDownItem', { number, title: item.title })}
                      onClick={() =>
                        reorder(
                          moveBy(ids, item.id, 1),
                          item,
                          `[data-item="${item.id}"] [data-move="down"]`,
                        )
                      }
                    >
                      <span aria-hidden="true">↓</span> {t('meetings.agenda.moveDown')}
                    </button>
                  </span>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('meetings.agenda.editItem', { number, title: item.title })}
                    onClick={() => onEdit(item)}
                  >
                    {t('meetings.agenda.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('meetings.agenda.removeItem', { number, title: item.title })}
                    onClick={() => onRemove(item)}
                  >
                    {t('meetings.agenda.remove')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
