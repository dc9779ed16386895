/**
 * What a person typed in a number field, read the Swedish way: surrounding
 * space ignored, a decimal comma taken as a point. Null for an empty field
 * (the form decides whether that is allowed); NaN for text that is no number.
 */
export function readNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}
