/**
 * "Exportera": a menu button (PDF, Word, Markdown) that asks the server for
 * the export and starts the download. While the server renders, a polite
 * live region says "Skapar PDF…"; then that the download has started, or
 * what went wrong. Keyboard: Enter, Space or ArrowDown opens the menu on
 * its first item, ArrowUp on its last; arrows, Home and End move; Escape
 * closes it and returns focus to the button; Tab closes it.
 */
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadExport, exportFormats } from '../api/downloadExport';
import type { ExportFormat } from '../api/downloadExport';
import '../exportMenu.css';

type Progress =
  | { state: 'idle' }
  | { state: 'working'; format: ExportFormat }
  | { state: 'done'; format: ExportFormat; fileName: string }
  | { state: 'failed'; format: ExportFormat };

export function ExportMenu({
  documentId,
  numbered,
  versionId,
}: {
  documentId: string;
  numbered: boolean;
  versionId?: string;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  const container = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const menuId = useId();
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (open && focusIndex !== null) items.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => () => abort.current?.abort(), []);

  function openAt(index: number) {
    setOpen(true);
    setFocusIndex(index);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    setFocusIndex(null);
    if (returnFocus) button.current?.focus();
  }

  async function start(format: ExportFormat) {
    close(true);
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ state: 'working', format });
    try {
      const fileName = await downloadExport({
        documentId,
        format,
        language: i18n.language === 'en' ? 'en' : 'sv',
        numbered,
        versionId,
        signal: controller.signal,
      });
      setProgress({ state: 'done', format, fileName });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setProgress({ state: 'failed', format });
    }
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(exportFormats.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = exportFormats.length - 1;
    const current = focusIndex ?? 0;
    const moves: Record<string, number> = {
      ArrowDown: current === last ? 0 : current + 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  const working = progress.state === 'working';
  const message =
    progress.state === 'working'
      ? t('export.working', { format: t(`export.formats.${progress.format}`) })
      : progress.state === 'done'
        ? t('export.done', { fileName: progress.fileName })
        : progress.state === 'failed'
          ? t('export.failed', { format: t(`export.formats.${progress.format}`) })
          : '';

  return (
    <div className="export-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={`${menuId}-status`}
        disabled={working}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {t('export.button')}
        <span aria-hidden="true" className="export-menu__caret">
          ▾
        </span>
      </button>
      {open ? (
        <div
          id={menuId}
          className="export-menu__list"
          role="menu"
          aria-label={t('export.menuLabel')}
          onKeyDown={onMenuKeyDown}
        >
          {exportFormats.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={focusIndex === index ? 0 : -1}
              className="export-menu__item"
              onClick={() => void start(format)}
            >
              {t(`export.formats.${format}`)}
            </button>
          ))}
        </div>
      ) : null}
      <p
        id={`${menuId}-status`}
        className={`export-menu__status export-menu__status--${progress.state}`}
        role="status"
        aria-live="polite"
      >
        {message}
      </p>
    </div>
  );
}
