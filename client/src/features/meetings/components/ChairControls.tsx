/**
 * The chair's controls in meeting mode: start, previous / next item, go to
 * any item, end. Plain buttons and a labelled select in a named group, so
 * they work with the keyboard alone and read well in a screen reader.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';

export interface ChairControlItem {
  id: string;
  title: string;
}

export function ChairControls({
  items,
  currentItemId,
  started,
  ended,
  pending,
  onStart,
  onGoTo,
  onEnd,
}: {
  items: readonly ChairControlItem[];
  currentItemId: string | null;
  started: boolean;
  ended: boolean;
  pending: boolean;
  onStart: () => void;
  onGoTo: (itemId: string) => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const index = items.findIndex((item) => item.id === currentItemId);
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index === -1 ? items[0] : items[index + 1];
  const [chosen, setChosen] = useState('');
  // Start replaces its own button: keyboard focus goes on to "Nästa punkt" instead of being lost.
  const nextButton = useRef<HTMLButtonElement>(null);
  const wasStarted = useRef(started);
  useEffect(() => {
    if (started && !wasStarted.current) nextButton.current?.focus();
    wasStarted.current = started;
  }, [started]);

  if (ended) return null;
  return (
    <section className="chair-controls" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`} className="chair-controls__heading">
        {t('meetings.mode.chairControls')}
      </h2>
      {!started ? (
        <button type="button" className="button" disabled={pending} onClick={onStart}>
          {t('meetings.mode.start')}
        </button>
      ) : (
        <div className="chair-controls__row">
          <button
            type="button"
            className="button button--secondary"
            disabled={pending || !previous}
            onClick={() => previous && onGoTo(previous.id)}
          >
            <span aria-hidden="true">←</span> {t('meetings.mode.previous')}
          </button>
          <button
            ref={nextButton}
            type="button"
            className="button"
            disabled={pending || !next}
            onClick={() => next && onGoTo(next.id)}
          >
            {t('meetings.mode.next')} <span aria-hidden="true">→</span>
          </button>
          <form
            className="chair-controls__goto"
            onSubmit={(event) => {
              event.preventDefault();
              if (chosen) onGoTo(chosen);
            }}
          >
            <label htmlFor={selectId}>{t('meetings.mode.goTo')}</label>
            <select
              id={selectId}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">–</option>
              {items.map((item, position) => (
                <option key={item.id} value={item.id}>
                  {position + 1}. {item.title}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="button button--secondary"
              disabled={pending || chosen === ''}
            >
              {t('meetings.mode.goTo')}
            </button>
          </form>
          <button
            type="button"
            className="button button--danger"
            disabled={pending}
            onClick={() => setConfirmEnd(true)}
          >
            {t('meetings.mode.end')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirmEnd}
        title={t('meetings.mode.end')}
        message={t('meetings.mode.confirmEnd')}
        confirmLabel={t('meetings.mode.end')}
        pending={pending}
        onConfirm={() => {
          setConfirmEnd(false);
          onEnd();
        }}
        onClose={() => setConfirmEnd(false)}
      />
    </section>
  );
}
