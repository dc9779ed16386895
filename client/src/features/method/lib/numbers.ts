// Numbers and follow-up figures as text in the UI language; a suppressed figure reads
// "färre än 5" (or "dolt" for a secondary suppression), never a number.
import { suppressedLabels } from '@samverka/shared';
import type { Figure } from '@samverka/shared';

import { numberText } from '../../../lib/format';

export function figureLabel(figure: Figure, language: 'sv' | 'en'): string {
  return figure.kind === 'exact'
    ? numberText(figure.value, language)
    : suppressedLabels[figure.reason][language];
}

/** A figure's value for a chart; null when suppressed (drawn as "<5", never as a bar). */
export function figureValue(figure: Figure): number | null {
  return figure.kind === 'exact' ? figure.value : null;
}
