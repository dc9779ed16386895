// Dates and text order in the UI language (sv-SE gives 25 nov. 2026 14:03, en-GB 25 Nov 2026, 14:03).
// Intl formatters and collators are built once per locale: building one costs far more than
// using it (a workspace home formats a date per document row, per activity entry, per comment).

function perLocale<T>(build: (locale: string) => T): (language: string) => T {
  const built = new Map<string, T>();
  return (language) => {
    const locale = language === 'en' ? 'en-GB' : 'sv-SE';
    let value = built.get(locale);
    if (value === undefined) {
      value = build(locale);
      built.set(locale, value);
    }
    return value;
  };
}

const dateTimeFormat = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
);

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(language).format(date);
}

export function uiLanguage(language: string): 'sv' | 'en' {
  return language === 'en' ? 'en' : 'sv';
}

let swedishCollator: Intl.Collator | undefined;

/** Names and titles in Swedish order, as `a.localeCompare(b, 'sv')` without a collator per call. */
export function compareSwedish(a: string, b: string): number {
  swedishCollator ??= new Intl.Collator('sv');
  return swedishCollator.compare(a, b);
}

/**
 * Timestamps from the server (ISO 8601, all in the same form) in time order: their text order,
 * compared as code units (localeCompare would ask ICU for a collator on every call).
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
