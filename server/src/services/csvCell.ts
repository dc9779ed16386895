/**
 * One CSV cell for the exports a person opens in a spreadsheet (the audit log,
 * the decision log): always quoted (RFC 4180, quotes doubled), and a cell that
 * starts with =, +, -, @, a tab or a carriage return is prefixed with ' so a
 * spreadsheet shows it as text instead of running it as a formula (OWASP CSV
 * injection).
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}
