/**
 * One section's word diff. Insertions are <ins> and deletions <del> (read out
 * as such by screen readers that support them, and with a hidden word for
 * those that do not), underlined and struck through rather than told apart by
 * colour alone; every insertion names who wrote it, visibly.
 */
import type { WordDiffPart } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

function authorName(author: WordDiffPart['author']): string | null {
  if (!author) return null;
  return author.organisationName ? `${author.name} (${author.organisationName})` : author.name;
}

export function DiffParts({ parts }: { parts: WordDiffPart[] }) {
  const { t } = useTranslation();
  return (
    <p className="diff__text">
      {parts.map((part, index) => {
        if (part.kind === 'equal') return <span key={index}>{part.text}</span>;
        if (part.kind === 'delete') {
          return (
            <del key={index} className="diff__del">
              <span className="visually-hidden">[{t('versions.diff.deleted')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        const author = authorName(part.author);
        return (
          <span key={index} className="diff__insertion">
            <ins className="diff__ins" data-author={author ?? undefined}>
              <span className="visually-hidden">[{t('versions.diff.inserted')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
            {author ? (
              <span className="diff__author">
                {t('versions.diff.insertedBy', { name: author })}
              </span>
            ) : null}
          </span>
        );
      })}
    </p>
  );
}
