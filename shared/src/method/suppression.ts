/**
 * Small-number suppression of follow-up figures (issue 15). A figure from 1
 * to 4 is shown as "färre än 5" to everyone but the organisation that owns
 * it (primary suppression). So that a total or a difference cannot give a
 * hidden figure back, every equation (a total and its parts) with exactly
 * one hidden member hides one more: its smallest non-zero visible part, or
 * else its total (secondary suppression), repeated until no equation has a
 * single hidden member. Zero is shown: hiding it protects nothing.
 */
import { z } from 'zod';
import type { LocalisedText } from '../domain/common.js';

export const SUPPRESSION_THRESHOLD = 5;

export const figureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), value: z.number() }),
  /** small: the figure is 1–4; secondary: hidden so that a small one cannot be worked out. */
  z.object({ kind: z.literal('suppressed'), reason: z.enum(['small', 'secondary']) }),
]);
export type Figure = z.infer<typeof figureSchema>;

export const suppressedLabels: Record<'small' | 'secondary', LocalisedText> = {
  small: { sv: 'färre än 5', en: 'fewer than 5' },
  secondary: { sv: 'dolt', en: 'hidden' },
};

export interface SuppressionCell {
  value: number;
  /** The viewer owns the figure (its matchningsansvarig): always shown exactly to them. */
  owned: boolean;
}

/** total = sum(parts), by cell key. */
export interface SuppressionEquation {
  total: string;
  parts: readonly string[];
}

export function isSmall(value: number): boolean {
  return value > 0 && value < SUPPRESSION_THRESHOLD;
}

export function suppressFigures(
  cells: ReadonlyMap<string, SuppressionCell>,
  equations: readonly SuppressionEquation[],
): Map<string, Figure> {
  const hidden = new Map<string, 'small' | 'secondary'>();
  for (const [key, cell] of cells) if (!cell.owned && isSmall(cell.value)) hidden.set(key, 'small');

  const hideable = (key: string): boolean => {
    const cell = cells.get(key);
    return cell !== undefined && !cell.owned && !hidden.has(key) && cell.value > 0;
  };
  let changed = hidden.size > 0;
  while (changed) {
    changed = false;
    for (const equation of equations) {
      const members = [equation.total, ...equation.parts];
      if (members.filter((key) => hidden.has(key)).length !== 1) continue;
      const candidates = equation.parts
        .filter(hideable)
        .sort((a, b) => cells.get(a)!.value - cells.get(b)!.value);
      const pick = candidates[0] ?? (hideable(equation.total) ? equation.total : undefined);
      if (pick === undefined) continue;
      hidden.set(pick, 'secondary');
      changed = true;
    }
  }

  const figures = new Map<string, Figure>();
  for (const [key, cell] of cells) {
    const reason = hidden.get(key);
    figures.set(
      key,
      reason ? { kind: 'suppressed', reason } : { kind: 'exact', value: cell.value },
    );
  }
  return figures;
}

/** A figure as text (CSV, summaries): the number, or the Swedish label. */
export function figureText(figure: Figure, language: 'sv' | 'en' = 'sv'): string {
  return figure.kind === 'exact' ? String(figure.value) : suppressedLabels[figure.reason][language];
}
