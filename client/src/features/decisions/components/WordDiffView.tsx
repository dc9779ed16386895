/**
 * A word-level diff of the approved wording against the wording now. Inserted
 * and deleted runs are <ins> and <del> (underline and strike-through, not
 * colour alone), each with a visually hidden "Tillagt:"/"Borttaget:" prefix
 * because screen readers do not announce ins/del by default.
 */
import type { WordDiffPart } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

export function WordDiffView({ parts }: { parts: readonly WordDiffPart[] }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff" data-testid="word-diff">
      {parts.map((part, index) =>
        part.kind === 'insert' ? (
          <ins key={index} className="word-diff__insert">
            <span className="visually-hidden">{t('decisions.drift.inserted')}</span>
            {part.text}
          </ins>
        ) : part.kind === 'delete' ? (
          <del key={index} className="word-diff__delete">
            <span className="visually-hidden">{t('decisions.drift.deleted')}</span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
