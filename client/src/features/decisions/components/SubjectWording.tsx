/**
 * The wording under decision, section by section: the text stored when the
 * decision opened and, when the document has changed since, a notice in
 * words ("godkänd i lydelsen från 12 mars; ändrad sedan"), the word diff of
 * the approved wording against now, and "Ta upp på nytt för den ändrade
 * klausulen" for those who may.
 */
import type { DecisionView } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { longDateText, uiLanguage } from '../../../lib/format';
import { WordDiffView } from './WordDiffView';

export function formatDay(iso: string, language: 'sv' | 'en'): string {
  return longDateText(new Date(iso), language);
}

export function SubjectWording({
  view,
  onTakeUpAgain,
  takingUp,
}: {
  view: DecisionView;
  onTakeUpAgain: (() => void) | null;
  takingUp: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { decision, drift, documentTitle } = view;
  if (!decision.subject) return null;
  const openedAt = decision.openedAt ? formatDay(decision.openedAt, language) : null;
  return (
    <section className="section subject" aria-labelledby="subject-heading">
      <div className="section__header">
        <h2 id="subject-heading">{t('decisions.page.subject')}</h2>
        <Link to={`/documents/${decision.subject.documentId}`}>
          {t('decisions.page.openDocument')}
        </Link>
      </div>
      {documentTitle ? (
        <p className="muted">{t('decisions.page.subjectDocument', { title: documentTitle })}</p>
      ) : null}
      {decision.subject.sections.map((section) => {
        const now = drift.sections.find((entry) => entry.sectionId === section.sectionId);
        const changed = now?.status === 'changed';
        return (
          <div
            className={`subject__section${changed ? ' subject__section--drifted' : ''}`}
            key={section.sectionId}
            data-testid="subject-section"
          >
            <h3>{section.heading}</h3>
            {section.wording === null ? (
              <>
                <p className="muted">{t('decisions.page.wordingDraft')}</p>
                {now?.currentWording ? (
                  <blockquote className="subject__wording">{now.currentWording}</blockquote>
                ) : null}
              </>
            ) : (
              <blockquote className="subject__wording">{section.wording}</blockquote>
            )}
            {now?.status === 'removed' ? (
              <p className="notice notice--warning" data-testid="drift-notice">
                <strong>{t('decisions.drift.title')}: </strong>
                {t('decisions.page.sectionGone')}
              </p>
            ) : null}
            {changed ? (
              <div className="notice notice--warning drift" data-testid="drift-notice">
                <p>
                  <strong>{t('decisions.drift.title')}. </strong>
                  {openedAt
                    ? decision.status === 'decided'
                      ? t('decisions.drift.since', { date: openedAt })
                      : t('decisions.drift.sinceDraft', { date: openedAt })
                    : null}
                </p>
                <h4>{t('decisions.drift.diffHeading', { heading: section.heading })}</h4>
                <WordDiffView parts={now.diff.parts} />
                <p className="field__hint">{t('decisions.drift.legend')}</p>
              </div>
            ) : null}
          </div>
        );
      })}
      {drift.changed && onTakeUpAgain ? (
        <button
          type="button"
          className="button"
          onClick={onTakeUpAgain}
          disabled={takingUp}
          aria-busy={takingUp}
        >
          {t('decisions.drift.takeUpAgain')}
        </button>
      ) : null}
    </section>
  );
}
