/**
 * The rule's live result in words, as a secretary would say it at the table:
 * "3 av 5 organisationer har godkänt; väntar på Försäkringskassan". Built
 * from the server's computed RuleResult only, so the page and the register
 * never count differently from the server.
 */
import type { RuleResult } from '@samverka/shared';
import type { TFunction } from 'i18next';

/** "A", "A och B", "A, B och C" in the UI language. */
export function joinNames(names: readonly string[], language: 'sv' | 'en'): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'long',
    type: 'conjunction',
  }).format(names);
}

export function ruleSummary(props: {
  result: RuleResult;
  requiredCount: number;
  nameOf: (organisationId: string) => string;
  t: TFunction;
  language: 'sv' | 'en';
}): string {
  const { result, requiredCount, nameOf, t, language } = props;
  const parts = [
    t('decisions.result.approved', {
      approving: result.approving.length,
      required: requiredCount,
    }),
  ];
  if (result.rejecting.length > 0) {
    parts.push(
      t('decisions.result.rejecting', { names: joinNames(result.rejecting.map(nameOf), language) }),
    );
  }
  if (result.awaiting.length > 0) {
    parts.push(
      t('decisions.result.awaiting', { names: joinNames(result.awaiting.map(nameOf), language) }),
    );
  }
  return parts.join('; ');
}
