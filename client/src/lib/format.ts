// Dates in the UI language (sv-SE gives 25 nov. 2026 14:03, en-GB 25 Nov 2026, 14:03).
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function uiLanguage(language: string): 'sv' | 'en' {
  return language === 'en' ? 'en' : 'sv';
}
