// Dates and text order in the UI language (sv-SE gives 25 nov. 2026 14:03, en-GB 25 Nov 2026, 14:03).
//
// Dates are written from the months' names below instead of by Intl.DateTimeFormat: the
// browser's first date formatter loads the locale's calendar data and builds a pattern
// generator, 25–30 ms on a laptop and 100+ ms on a slow phone, in the middle of the first
// render of every page that shows a date. The texts are exactly what Intl gives for the
// two formats we use (format.test.ts compares every month and hour with Intl).
// Collators are built once per locale: building one costs far more than using it.

const shortMonths = {
  sv: [
    'jan.',
    'feb.',
    'mars',
    'apr.',
    'maj',
    'juni',
    'juli',
    'aug.',
    'sep.',
    'okt.',
    'nov.',
    'dec.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};
const longMonths = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** "14:03" in local time (both languages use the 24-hour clock). */
export function timeText(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** "25 nov. 2026 14:03" / "25 Nov 2026, 14:03": Intl's medium date and short time. */
export function dateTimeText(date: Date, language: string): string {
  const lang = uiLanguage(language);
  const day = `${date.getDate()} ${shortMonths[lang][date.getMonth()]} ${date.getFullYear()}`;
  return `${day}${lang === 'en' ? ',' : ''} ${timeText(date)}`;
}

/** "12 mars 2026" / "12 March 2026": Intl's long date. */
export function longDateText(date: Date, language: string): string {
  const lang = uiLanguage(language);
  return `${date.getDate()} ${longMonths[lang][date.getMonth()]} ${date.getFullYear()}`;
}

const numberMarks = {
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

/**
 * |value| rounded to tenths as Intl rounds: half away from zero, on the shortest decimal that
 * reads back as the same double (0.95 is 0.95 here, not the 0.94999… toFixed sees).
 * Returns the digits before and the one after the decimal mark.
 */
function tenths(value: number): [string, string] {
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) {
    // Exponent form: below 1e-6 (rounds to 0) or from 1e21 up (a whole number).
    return Math.abs(value) < 1 ? ['0', '0'] : [BigInt(Math.abs(value)).toString(), '0'];
  }
  const [whole = '0', decimals = ''] = shortest.split('.');
  let scaled = BigInt(whole + (decimals[0] ?? '0'));
  if ((decimals[1] ?? '0') >= '5') scaled += 1n;
  const digits = scaled.toString().padStart(2, '0');
  return [digits.slice(0, -1), digits.slice(-1)];
}

/**
 * A number with at most one decimal, grouped by thousands: "12 345,7" / "12,345.7", as
 * Intl.NumberFormat writes it with maximumFractionDigits 1 (and for the same reason as the
 * dates: the first Intl number formatter costs 40 ms on a slow phone).
 */
export function numberText(value: number, language: string): string {
  const marks = numberMarks[uiLanguage(language)];
  const [whole, fraction] = tenths(value);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, marks.group);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? marks.minus : ''}${grouped}${fraction === '0' ? '' : marks.decimal + fraction}`;
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeText(date, language);
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
